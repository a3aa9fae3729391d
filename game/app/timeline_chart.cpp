// Stages are told apart by pattern (plain, diagonal hatching, cross-hatching) as well as colour;
// response fits by marker shape (filled circle, ring, cross, triangle).
#include "app/timeline_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "ui/theme.h"

namespace app {
namespace {

ImU32 stageColour(core::Stage s) {
    const ui::Palette& p = ui::palette();
    return s == core::Stage::Early ? p.stageEarly : (s == core::Stage::Active ? p.stageActive : p.stageLate);
}

void hatch(ImDrawList* d, ImVec2 a, ImVec2 b, float stepPx, bool cross) {
    d->PushClipRect(a, b, true);
    const float h = b.y - a.y;
    const ImU32 ink = IM_COL32(30, 24, 20, 150);
    for (float x = a.x - h; x < b.x; x += stepPx) {
        d->AddLine(ImVec2(x, b.y), ImVec2(x + h, a.y), ink, 1.5f);
        if (cross) d->AddLine(ImVec2(x, a.y), ImVec2(x + h, b.y), ink, 1.5f);
    }
    d->PopClipRect();
}

void band(ImDrawList* d, ImVec2 a, ImVec2 b, core::Stage stage) {
    d->AddRectFilled(a, b, stageColour(stage), 3.0f);
    if (stage == core::Stage::Active) hatch(d, a, b, 8.0f, false);
    if (stage == core::Stage::Late) hatch(d, a, b, 7.0f, true);
}

void marker(ImDrawList* d, ImVec2 c, float r, core::Fit fit) {
    const ui::Palette& p = ui::palette();
    const ImU32 ink = p.text;
    switch (fit) {
    case core::Fit::Best: d->AddCircleFilled(c, r, ink); break;
    case core::Fit::Acceptable: d->AddCircle(c, r, ink, 0, 2.5f); break;
    case core::Fit::Mismatch:
        d->AddLine(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), ink, 2.5f);
        d->AddLine(ImVec2(c.x - r, c.y + r), ImVec2(c.x + r, c.y - r), ink, 2.5f);
        break;
    default:
        d->AddTriangle(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y + r), ImVec2(c.x - r, c.y + r), ink, 2.5f);
        break;
    }
}

void legend(ImDrawList* d, ImVec2 at, float f) {
    const char* stages[3] = {"early cues", "building", "crying / late"};
    float x = at.x;
    for (int s = 0; s < 3; ++s) {
        band(d, ImVec2(x, at.y), ImVec2(x + f * 2, at.y + f), static_cast<core::Stage>(s));
        d->AddText(ImVec2(x + f * 2.4f, at.y), ui::palette().text, stages[s]);
        x += f * 2.6f + ImGui::CalcTextSize(stages[s]).x + f;
    }
    const char* fits[4] = {"best", "acceptable", "mismatch", "intrusive"};
    const core::Fit kinds[4] = {core::Fit::Best, core::Fit::Acceptable, core::Fit::Mismatch, core::Fit::Intrusive};
    for (int i = 0; i < 4; ++i) {
        marker(d, ImVec2(x + f * 0.5f, at.y + f * 0.5f), f * 0.35f, kinds[i]);
        d->AddText(ImVec2(x + f * 1.2f, at.y), ui::palette().text, fits[i]);
        x += f * 1.6f + ImGui::CalcTextSize(fits[i]).x + f;
    }
}

}  // namespace

std::string episodeLabel(const core::EpisodeDef& episode, const core::Catalog& catalog) {
    std::string name = episode.need;
    for (const core::NeedDef& n : catalog.needs)
        if (n.id == episode.need) name = n.name;
    char buf[32];
    const int t = std::max(0, static_cast<int>(episode.startS));
    std::snprintf(buf, sizeof buf, " · %d:%02d", t / 60, t % 60);
    return name + buf;
}

int drawTimeline(const RunRecord& run, const core::LevelDef& level, const core::Catalog& catalog,
                 float widthPx, int selected) {
    const float f = ImGui::GetFontSize();
    const float labelW = f * 11;
    const float rowH = f * 1.8f;
    const int rows = static_cast<int>(level.episodes.size());
    ImDrawList* d = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float plotX = origin.x + labelW, plotW = widthPx - labelW - f;
    const double duration = std::max(1.0, run.durationS);
    auto xOf = [&](double t) { return plotX + static_cast<float>(t / duration) * plotW; };
    int clicked = -1;
    for (int e = 0; e < rows; ++e) {
        const float y = origin.y + static_cast<float>(e) * rowH;
        if (e == selected) d->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + widthPx, y + rowH), ui::palette().panelSoft, 4.0f);
        ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
        ImGui::PushID(e);
        if (ImGui::InvisibleButton("row", ImVec2(widthPx, rowH))) clicked = e;
        ImGui::PopID();
        const std::string label = episodeLabel(level.episodes[static_cast<std::size_t>(e)], catalog);
        d->AddText(ImVec2(origin.x + f * 0.3f, y + rowH * 0.25f), ui::palette().text, label.c_str());
        d->AddLine(ImVec2(plotX, y + rowH * 0.5f), ImVec2(plotX + plotW, y + rowH * 0.5f), ui::palette().panelSoft, 1.0f);
    }
    for (const StageBand& b : run.bands) {
        if (b.episode < 0 || b.episode >= rows) continue;
        const float y = origin.y + static_cast<float>(b.episode) * rowH;
        band(d, ImVec2(xOf(b.startS), y + rowH * 0.2f), ImVec2(std::max(xOf(b.endS), xOf(b.startS) + 2), y + rowH * 0.8f), b.stage);
    }
    std::vector<float> labelEndX(static_cast<std::size_t>(rows), -1e9f);
    for (const ResponseMark& m : run.marks) {
        if (m.episode < 0 || m.episode >= rows) continue;
        const float y = origin.y + static_cast<float>(m.episode) * rowH + rowH * 0.5f;
        marker(d, ImVec2(xOf(m.timeS), y), f * 0.38f, m.fit);
        float& lastEnd = labelEndX[static_cast<std::size_t>(m.episode)];
        if (m.latencyS < 0 || xOf(m.timeS) < lastEnd) continue;  // never let labels pile up
        char buf[16];
        std::snprintf(buf, sizeof buf, "+%.0fs", m.latencyS);
        const ImVec2 ts = ImGui::CalcTextSize(buf);
        const ImVec2 at(std::min(xOf(m.timeS) + f * 0.5f, plotX + plotW - ts.x), y - rowH * 0.5f);
        d->AddRectFilled(ImVec2(at.x - 2, at.y), ImVec2(at.x + ts.x + 2, at.y + ts.y), ui::palette().ground, 3.0f);
        d->AddText(at, ui::palette().text, buf);
        lastEnd = at.x + ts.x + f;
    }
    const float axisY = origin.y + static_cast<float>(rows) * rowH + f * 0.3f;
    for (int s = 0; s <= static_cast<int>(duration); s += 60) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%d:00", s / 60);
        d->AddText(ImVec2(xOf(s) - f * 0.6f, axisY), ui::palette().textSoft, buf);
    }
    legend(d, ImVec2(origin.x, axisY + f * 1.6f), f);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, axisY + f * 3.2f));
    ImGui::Dummy(ImVec2(widthPx, 1));
    return clicked;
}

}  // namespace app
