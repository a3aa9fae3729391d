// The pause-and-discuss card: the question and prompt first, the cue's meaning only on Reveal.
#include "app/discuss_card.h"

#include <imgui.h>

#include <algorithm>

#include "app/play_layout.h"

#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace app {
namespace {

std::string needName(const AppContext& ctx, const std::string& id) {
    for (const core::NeedDef& n : ctx.data.catalog.needs)
        if (n.id == id) return n.name;
    return id;
}

void drawAnswer(const AppContext& ctx, const core::LevelDef& level, const DiscussMoment& m) {
    const auto& cues = ctx.data.catalog.cues;
    if (m.cue < 0 || static_cast<std::size_t>(m.cue) >= cues.size()) return;
    const core::CueDef& cue = cues[static_cast<std::size_t>(m.cue)];
    ImGui::PushFont(ui::fonts().large);
    ImGui::TextUnformatted(cue.name.c_str());
    ImGui::PopFont();
    ImGui::TextWrapped("%s", cue.seen.c_str());
    if (m.episode >= 0 && static_cast<std::size_t>(m.episode) < level.episodes.size())
        ImGui::TextWrapped(
            "Here the baby is telling us: %s.",
            needName(ctx, level.episodes[static_cast<std::size_t>(m.episode)].need).c_str());
    if (cue.needs.size() > 1) {
        std::string all;
        for (const std::string& n : cue.needs) all += (all.empty() ? "" : ", ") + needName(ctx, n);
        ImGui::TextWrapped("This cue can also mean: %s.", all.c_str());
    }
    if (!cue.meaning.empty()) ImGui::TextWrapped("%s", cue.meaning.c_str());
    if (!cue.helps.empty()) ImGui::TextWrapped("What helps: %s", cue.helps.c_str());
}

}  // namespace

std::optional<DiscussMoment> newCueIn(const core::EventList& events) {
    for (const core::Event& e : events)
        if (e.type == core::EventType::CueStarted && e.cue >= 0)
            return DiscussMoment{e.episode, e.cue, e.timeS, false};
    return std::nullopt;
}

void drawDiscussCard(const AppContext& ctx, const core::LevelDef& level, const DiscussMoment& m,
                     UiActions& out) {
    // Over the response panel (nobody answers while the room talks), never over the baby or the
    // captions the room is discussing; as tall as the panel; a long answer scrolls.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float f = ImGui::GetFontSize();
    const PlayLayout layout = playLayout(display.x, display.y, f);
    const float widthPx = layout.panelMax.x - layout.panelMin.x;
    const float maxHeightPx = layout.panelMax.y - layout.panelMin.y;
    ImGui::SetNextWindowPos(layout.panelMin);
    // The whole panel, so no half-covered response button peeks out below the card.
    ImGui::SetNextWindowSizeConstraints(ImVec2(widthPx, maxHeightPx), ImVec2(widthPx, maxHeightPx));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(ui::palette().panel));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 3.0f);
    ImGui::Begin("discuss", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PushFont(ui::fonts().title);
    ImGui::TextWrapped("What is the baby telling us?");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    if (m.episode >= 0 && static_cast<std::size_t>(m.episode) < level.episodes.size()) {
        const std::string& prompt = level.episodes[static_cast<std::size_t>(m.episode)].discussion;
        if (!prompt.empty())
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft), "%s",
                               prompt.c_str());
    }
    ImGui::PopTextWrapPos();
    // The buttons stay near the top, so a long answer scrolls without taking them away.
    ImGui::Dummy(ImVec2(0, f * 0.3f));
    const float buttonW = std::min(f * 12.0f, (ImGui::GetContentRegionAvail().x - f) * 0.5f);
    const ImVec2 button(buttonW, f * 2.4f);
    if (!m.revealed) {
        if (ui::primaryButton("Reveal the answer", button)) out.push_back({"reveal"});
        ImGui::SameLine();
    }
    if (m.revealed ? ui::primaryButton("Continue", button) : ImGui::Button("Continue", button))
        out.push_back({"discuss_continue"});
    ImGui::Separator();
    ImGui::PushTextWrapPos(0.0f);
    if (m.revealed) drawAnswer(ctx, level, m);
    ImGui::PopTextWrapPos();
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

}  // namespace app
