// The timeline: one row per episode (early, active and late stages as coloured segments) and per
// environment event. Click to select (Ctrl/Shift-click for more), drag to move, drag the right
// edge to change the length, click the ruler to set where a play-test starts.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "editor/commands/move_items.h"
#include "editor/commands/resize_episode.h"
#include "editor/commands/resize_event.h"
#include "editor/episode_span.h"
#include "editor/panels/fields.h"
#include "editor/panels/panels.h"
#include "editor/panels/timeline_actions.h"
#include "ui/theme.h"

namespace editor {
namespace {

struct Geometry {
    ImVec2 origin;       ///< screen position of time 0 on the ruler's top
    float pxPerS, rowH, rulerH, labelW;
    float x(float s) const { return origin.x + labelW + s * pxPerS; }
    float rowY(int row) const { return origin.y + rulerH + static_cast<float>(row) * rowH; }
};

float snapped(const EditorContext& ctx, float s) {
    const float step = ctx.timeline.snapS;
    return step > 0.0f ? std::round(s / step) * step : s;
}

float startOf(const core::LevelDef& level, const ItemRef& r) {
    const auto i = static_cast<std::size_t>(r.index);
    return r.kind == ItemKind::Episode ? level.episodes[i].startS : level.events[i].startS;
}

void toolbar(EditorContext& ctx) {
    if (ImGui::Button("+ Episode")) addEpisodeAtMarker(ctx);
    tooltip("Add a need at the play marker. Pick the need in the inspector.");
    ImGui::SameLine();
    if (ImGui::Button("+ Event")) addEventAtMarker(ctx);
    tooltip("Add something happening in the room (phone, doorbell, sibling...).");
    ImGui::SameLine();
    ImGui::BeginDisabled(ctx.doc.selection().items.empty());
    if (ImGui::Button("Duplicate")) duplicateSelection(ctx);
    ImGui::SameLine();
    if (ImGui::Button("Delete")) deleteSelection(ctx);
    ImGui::EndDisabled();
    ImGui::SameLine();
    const std::string play = "Play from " + clockText(ctx.timeline.playFromS);
    if (ImGui::Button(play.c_str())) ctx.requests.play = PlayTestDef{"", ctx.timeline.playFromS, 1};
    tooltip("Play the level yourself from the marker (set it by clicking the ruler). More in the Play-test menu.");
    ImGui::TextUnformatted("Snap");
    for (float s : {0.0f, 1.0f, 5.0f}) {
        ImGui::SameLine();
        const char* label = s == 0.0f ? "off" : s == 1.0f ? "1 s" : "5 s";
        if (ImGui::RadioButton(label, ctx.timeline.snapS == s)) ctx.timeline.snapS = s;
    }
    ImGui::SameLine();
    ImGui::TextUnformatted("  Zoom");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
    ImGui::SliderFloat("##zoom", &ctx.timeline.pxPerS, 0.5f, 24.0f, "%.1f px/s");
    ImGui::SameLine();
    if (ImGui::Button("Fit")) ctx.timeline.fitPending = true;
    tooltip("Show the whole level.");
}

void ruler(EditorContext& ctx, const Geometry& g, ImDrawList* draw, float durationS, float bottomY) {
    const ImU32 soft = ui::palette().textSoft;
    const float step = g.pxPerS >= 12 ? 5.0f : g.pxPerS >= 4 ? 10.0f : g.pxPerS >= 1.5f ? 20.0f : 60.0f;
    for (float s = 0; s <= durationS + 0.01f; s += step) {
        const bool major = std::fmod(s, step * 3) < 0.01f;
        draw->AddLine(ImVec2(g.x(s), g.origin.y + g.rulerH * (major ? 0.35f : 0.65f)),
                      ImVec2(g.x(s), g.origin.y + g.rulerH), soft);
        if (major) draw->AddText(ImVec2(g.x(s) + 3, g.origin.y), soft, clockText(s).c_str());
        draw->AddLine(ImVec2(g.x(s), g.origin.y + g.rulerH), ImVec2(g.x(s), bottomY), IM_COL32(255, 255, 255, 14));
    }
    draw->AddLine(ImVec2(g.x(durationS), g.origin.y), ImVec2(g.x(durationS), bottomY), ui::palette().concern, 2.0f);
    ImGui::SetCursorScreenPos(ImVec2(g.x(0), g.origin.y));
    ImGui::InvisibleButton("##ruler", ImVec2(std::max(1.0f, durationS * g.pxPerS), g.rulerH));
    if (ImGui::IsItemActive()) {
        const float s = (ImGui::GetIO().MousePos.x - g.x(0)) / g.pxPerS;
        ctx.timeline.playFromS = std::clamp(snapped(ctx, s), 0.0f, durationS);
    }
    tooltip("Click or drag to set where a play-test starts.");
    const float mx = g.x(ctx.timeline.playFromS);
    draw->AddTriangleFilled(ImVec2(mx - 6, g.origin.y + g.rulerH - 10), ImVec2(mx + 6, g.origin.y + g.rulerH - 10),
                            ImVec2(mx, g.origin.y + g.rulerH), ui::palette().accent);
    draw->AddLine(ImVec2(mx, g.origin.y + g.rulerH), ImVec2(mx, bottomY), ui::palette().accent, 1.5f);
}

void pressItem(EditorContext& ctx, const ItemRef& ref) {
    Selection& sel = ctx.doc.selection();
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl) sel.toggle(ref);
    else if (io.KeyShift) { if (!sel.contains(ref)) sel.items.push_back(ref); }
    else if (!sel.contains(ref)) sel.selectOnly(ref);
    else if (sel.items.front() != ref) {  // make it the inspector's subject, keep the group
        sel.items.erase(std::find(sel.items.begin(), sel.items.end(), ref));
        sel.items.insert(sel.items.begin(), ref);
    }
    TimelineView& t = ctx.timeline;
    t.dragging = sel.contains(ref);
    t.dragItems = sel.items;
    t.dragStartS.clear();
    for (const ItemRef& r : t.dragItems) t.dragStartS.push_back(startOf(ctx.doc.level(), r));
}

void dragBody(EditorContext& ctx, const Geometry& g) {
    TimelineView& t = ctx.timeline;
    if (!t.dragging || !ImGui::IsMouseDragging(0, 2.0f)) return;
    const float delta = ImGui::GetMouseDragDelta(0).x / g.pxPerS;
    const float lastS = std::max(0.0f, ctx.doc.level().durationS - 0.5f);
    std::vector<float> starts;
    bool changed = false;
    for (std::size_t k = 0; k < t.dragItems.size(); ++k) {
        starts.push_back(std::clamp(snapped(ctx, t.dragStartS[k] + delta), 0.0f, lastS));
        changed |= starts.back() != startOf(ctx.doc.level(), t.dragItems[k]);
    }
    if (changed) ctx.doc.execute(std::make_unique<MoveItems>(t.dragItems, starts));
}

void dragEdge(EditorContext& ctx, const Geometry& g, const ItemRef& ref) {
    TimelineView& t = ctx.timeline;
    const core::LevelDef& level = ctx.doc.level();
    const auto i = static_cast<std::size_t>(ref.index);
    if (ImGui::IsItemActivated()) {
        t.resizing = true;
        if (ref.kind == ItemKind::Episode) {
            t.dragStagesS = stageLengthsS(level, level.episodes[i], ctx.catalog);
            t.dragLengthS = t.dragStagesS[0] + t.dragStagesS[1] + t.dragStagesS[2];
        } else {
            t.dragLengthS = level.events[i].durationS;
        }
        ctx.doc.selection().selectOnly(ref);
    }
    if (!ImGui::IsItemActive() || !t.resizing || !ImGui::IsMouseDragging(0, 1.0f) || t.dragLengthS <= 0.0f) return;
    const float length = std::max(3.0f, snapped(ctx, t.dragLengthS + ImGui::GetMouseDragDelta(0).x / g.pxPerS));
    if (ref.kind == ItemKind::Event) {
        if (length != level.events[i].durationS) ctx.doc.execute(std::make_unique<ResizeEvent>(ref.index, length));
        return;
    }
    const float f = length / t.dragLengthS;
    core::EscalationDef esc = level.episodes[i].escalation;
    esc.earlyS = std::round(t.dragStagesS[0] * f * 10.0f) / 10.0f;
    esc.activeS = std::round(t.dragStagesS[1] * f * 10.0f) / 10.0f;
    esc.lateS = std::round(t.dragStagesS[2] * f * 10.0f) / 10.0f;
    const auto& old = level.episodes[i].escalation;
    if (esc.earlyS != old.earlyS || esc.activeS != old.activeS || esc.lateS != old.lateS)
        ctx.doc.execute(std::make_unique<ResizeEpisode>(ref.index, esc));
}

/// Right-click on a bar: play from it, duplicate, delete.
void itemMenu(EditorContext& ctx, const ItemRef& ref) {
    if (!ImGui::BeginPopupContextItem("##menu")) return;
    if (!ctx.doc.selection().contains(ref)) ctx.doc.selection().selectOnly(ref);
    const float fromS = std::max(0.0f, startOf(ctx.doc.level(), ref) - 2.0f);
    if (ImGui::MenuItem(("Play it myself from " + clockText(fromS)).c_str())) {
        ctx.timeline.playFromS = fromS;
        ctx.requests.play = PlayTestDef{"", fromS, 1};
    }
    if (ImGui::MenuItem(("Watch the sensitive bot from " + clockText(fromS)).c_str())) {
        ctx.timeline.playFromS = fromS;
        ctx.requests.play = PlayTestDef{"sensitive", fromS, 1};
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Duplicate", "Ctrl+D")) duplicateSelection(ctx);
    if (ImGui::MenuItem("Delete", "Delete")) deleteSelection(ctx);
    ImGui::EndPopup();
}

void bar(EditorContext& ctx, const Geometry& g, ImDrawList* draw, const ItemRef& ref, int row) {
    const core::LevelDef& level = ctx.doc.level();
    const auto i = static_cast<std::size_t>(ref.index);
    const ui::Palette& pal = ui::palette();
    const float y0 = g.rowY(row) + 3, y1 = g.rowY(row) + g.rowH - 3;
    float x0 = g.x(startOf(level, ref)), x1;
    std::string tip;
    if (ref.kind == ItemKind::Episode) {
        const auto& ep = level.episodes[i];
        const auto stages = stageLengthsS(level, ep, ctx.catalog);
        const ImU32 tones[3] = {pal.stageEarly, pal.stageActive, pal.stageLate};
        float x = x0;
        for (int s = 0; s < 3; ++s) {
            const float w = stages[static_cast<std::size_t>(s)] * g.pxPerS;
            draw->AddRectFilled(ImVec2(x, y0), ImVec2(x + w, y1), tones[s], s == 0 ? 4.0f : 0.0f,
                                s == 0 ? ImDrawFlags_RoundCornersLeft : 0);
            x += w;
        }
        x1 = x;
        tip = ep.id + " — " + needName(ctx, ep.need) + "\nstarts " + clockText(ep.startS) + "; early " +
              clockText(stages[0]) + ", active " + clockText(stages[1]) + ", late " + clockText(stages[2]) +
              "\nDrag to move, drag the right edge to make it escalate faster or slower.";
        draw->PushClipRect(ImVec2(x0, y0), ImVec2(x1, y1), true);
        draw->AddText(ImVec2(x0 + 4, y0 + 1), IM_COL32(20, 20, 30, 255), needName(ctx, ep.need).c_str());
        draw->PopClipRect();
    } else {
        const auto& ev = level.events[i];
        x1 = x0 + ev.durationS * g.pxPerS;
        draw->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y1), pal.accentSoft, 4.0f);
        draw->PushClipRect(ImVec2(x0, y0), ImVec2(x1, y1), true);
        draw->AddText(ImVec2(x0 + 4, y0 + 1), pal.text, ev.kind.c_str());
        draw->PopClipRect();
        tip = (ev.id.empty() ? ev.kind : ev.id) + " — " + ev.text + "\nstarts " + clockText(ev.startS) + ", lasts " +
              clockText(ev.durationS);
    }
    ctx.timeline.bars.push_back({ref, x0, y0, x1, y1});
    if (ctx.doc.selection().contains(ref)) draw->AddRect(ImVec2(x0 - 2, y0 - 2), ImVec2(x1 + 2, y1 + 2), pal.text, 4.0f, 0, 2.5f);
    const float edge = 7.0f;
    ImGui::PushID(ref.kind == ItemKind::Episode ? ref.index : 100000 + ref.index);
    ImGui::SetCursorScreenPos(ImVec2(x0, y0));
    ImGui::InvisibleButton("##body", ImVec2(std::max(4.0f, x1 - x0 - edge), y1 - y0));
    if (ImGui::IsItemActivated()) pressItem(ctx, ref);
    if (ImGui::IsItemActive()) dragBody(ctx, g);
    if (ImGui::IsItemDeactivated()) ctx.timeline.dragging = false;
    tooltip(tip.c_str());
    itemMenu(ctx, ref);
    ImGui::SetCursorScreenPos(ImVec2(x1 - edge, y0));
    ImGui::InvisibleButton("##edge", ImVec2(edge + 3, y1 - y0));
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    dragEdge(ctx, g, ref);
    if (ImGui::IsItemDeactivated()) ctx.timeline.resizing = false;
    ImGui::PopID();
}

void labels(const EditorContext& ctx, const Geometry& g, ImDrawList* draw, float left) {
    const core::LevelDef& level = ctx.doc.level();
    const ui::Palette& pal = ui::palette();
    const int rows = static_cast<int>(level.episodes.size() + level.events.size());
    draw->AddRectFilled(ImVec2(left, g.origin.y), ImVec2(left + g.labelW - 4, g.rowY(rows)), pal.panel);
    for (int r = 0; r < rows; ++r) {
        const bool isEp = r < static_cast<int>(level.episodes.size());
        const ItemRef ref{isEp ? ItemKind::Episode : ItemKind::Event,
                          isEp ? r : r - static_cast<int>(level.episodes.size())};
        const std::string name = isEp ? level.episodes[static_cast<std::size_t>(r)].id
                                      : "(" + level.events[static_cast<std::size_t>(ref.index)].kind + ") " +
                                            level.events[static_cast<std::size_t>(ref.index)].id;
        const ImU32 tone = ctx.doc.selection().contains(ref) ? pal.accent : isEp ? pal.text : pal.textSoft;
        draw->PushClipRect(ImVec2(left, g.rowY(r)), ImVec2(left + g.labelW - 8, g.rowY(r) + g.rowH), true);
        draw->AddText(ImVec2(left + 4, g.rowY(r) + 4), tone, name.c_str());
        draw->PopClipRect();
    }
}

}  // namespace

void drawTimelinePanel(EditorContext& ctx) {
    if (!beginPanel("Timeline")) {
        ImGui::End();
        return;
    }
    toolbar(ctx);
    ImGui::BeginChild("##tracks", ImVec2(0, 0), true, ImGuiWindowFlags_HorizontalScrollbar);
    const core::LevelDef& level = ctx.doc.level();
    const float f = ImGui::GetFontSize();
    const float labelW = f * 11.0f;
    if (ctx.timeline.fitPending) {
        const float width = ImGui::GetContentRegionAvail().x - labelW - f;
        ctx.timeline.pxPerS = std::clamp(width / std::max(10.0f, level.durationS), 0.5f, 24.0f);
        ctx.timeline.fitPending = false;
    }
    Geometry g{ImGui::GetCursorScreenPos(), ctx.timeline.pxPerS, f * 1.4f, f * 1.4f, labelW};
    const int rows = static_cast<int>(level.episodes.size() + level.events.size());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float bottom = g.rowY(rows);
    for (int r = 0; r < rows; r += 2)
        draw->AddRectFilled(ImVec2(g.x(0), g.rowY(r)), ImVec2(g.x(level.durationS), g.rowY(r) + g.rowH),
                            IM_COL32(255, 255, 255, 8));
    ruler(ctx, g, draw, level.durationS, bottom);
    ctx.timeline.bars.clear();
    int row = 0;
    for (std::size_t i = 0; i < level.episodes.size(); ++i) bar(ctx, g, draw, {ItemKind::Episode, static_cast<int>(i)}, row++);
    for (std::size_t i = 0; i < level.events.size(); ++i) bar(ctx, g, draw, {ItemKind::Event, static_cast<int>(i)}, row++);
    labels(ctx, g, draw, ImGui::GetWindowPos().x + ImGui::GetStyle().WindowPadding.x);
    ImGui::SetCursorScreenPos(g.origin);
    ImGui::Dummy(ImVec2(g.labelW + level.durationS * g.pxPerS + f * 2, bottom - g.origin.y + f));
    if (ImGui::IsWindowHovered() && ImGui::IsMouseClicked(0) && !ImGui::IsAnyItemHovered() && !ImGui::GetIO().KeyCtrl)
        ctx.doc.selection().clear();
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace editor
