// The response buttons, by group: a first level shows its few focus responses and "More
// responses"; a greyed-out button says why. Keys work for every response, shown or not.
#include <imgui.h>

#include <algorithm>

#include "app/play_panels.h"
#include "app/response_faces.h"
#include "app/response_focus.h"
#include "ui/item_locator.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace app {
namespace {

/// Group tabs for when every group does not fit at this text size. Returns each tab's rectangle.
std::vector<std::pair<ImVec2, ImVec2>> groupTabs(const std::vector<int>& groups, int selected, float f, UiActions& out) {
    std::vector<std::pair<ImVec2, ImVec2>> rects(6);
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const int g = groups[i];
        const float w = ImGui::CalcTextSize(ui::groupTitle(g)).x + ImGui::GetStyle().FramePadding.x * 2;
        if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
        }
        ImGui::PushStyleColor(ImGuiCol_Button, col(g == selected ? ui::palette().groupColour[g] : ui::palette().panelSoft));
        ImGui::PushID(g);
        if (ImGui::Button(ui::groupTitle(g), ImVec2(0, f * 1.6f))) out.push_back({"pick_group", "", g});
        ImGui::PopID();
        ImGui::PopStyleColor();
        rects[static_cast<std::size_t>(g)] = {ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
    }
    return rects;
}

}  // namespace

void drawResponses(const AppContext& ctx, const PlayView& v, UiActions& out) {
    const core::Simulation& sim = v.session.sim();
    const core::Observation& obs = sim.observe();
    const auto& responses = ctx.data.catalog.responses;
    beginPanel("responses", v.layout.panelMin, v.layout.panelMax, true);
    const float f = ImGui::GetFontSize();
    const float w = ImGui::GetContentRegionAvail().x;
    const int columns = w > f * 24 ? 3 : 2;
    const PadShortcuts local = v.pad ? PadShortcuts({}) : PadShortcuts(responses);
    const PadShortcuts& pad = v.pad ? *v.pad : local;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(f * 0.5f, f * 0.3f));
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float bw = (w - ImGui::GetStyle().ItemSpacing.x * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    // Rows per group at this width; shrink the buttons to fit, or show one group at a time.
    int perGroup[6] = {}, rows = 0, groupCount = 0;
    const auto isShown = [&](int ri) {
        return v.showAll || !v.focus || (*v.focus)[static_cast<std::size_t>(ri)];
    };
    for (int g = 0; g < 6; ++g)
        for (int ri : pad.membersOf(g)) perGroup[g] += isShown(ri) ? 1 : 0;
    const bool hiding = !v.showAll && v.focus && std::count(v.focus->begin(), v.focus->end(), false) > 0;
    if (hiding) ++rows;  // the "More responses" button
    for (int n : perGroup) {
        rows += (n + columns - 1) / columns;
        groupCount += n > 0 ? 1 : 0;
    }
    const float header = ImGui::GetTextLineHeight() + spacing;
    const float availH = ImGui::GetContentRegionAvail().y - (v.padConnected ? header : 0.0f);
    const float fitH = (availH - header * static_cast<float>(groupCount)) / static_cast<float>(std::max(rows, 1)) - spacing;
    const bool tabbed = fitH < f * 1.9f;
    const ImVec2 size(bw, tabbed ? f * 2.2f : std::min(f * 2.35f, fitH));
    const ImGuiIO& io = ImGui::GetIO();
    ImDrawList* d = ImGui::GetWindowDrawList();
    if (v.padConnected) ImGui::TextColored(col(ui::palette().textSoft), "Gamepad: LB / RB choose a group");
    bool shown[6] = {true, true, true, true, true, true};
    if (tabbed) {
        const auto tabs = groupTabs(pad.groups(), v.padGroup, f, out);
        // The chosen group first, then the ones after it (wrapping) while they fit under the tabs;
        // the tabs of the groups on show are underlined.
        float room = ImGui::GetContentRegionAvail().y;
        std::fill(shown, shown + 6, false);
        int g = v.padGroup;
        for (std::size_t k = 0; k < pad.groups().size(); ++k, g = pad.cycle(g, +1)) {
            const float need = header + static_cast<float>((perGroup[g] + columns - 1) / columns) * (size.y + spacing);
            if (k > 0 && need > room) break;
            shown[g] = true;
            room -= need;
            const auto& [a, b] = tabs[static_cast<std::size_t>(g)];
            d->AddRectFilled(ImVec2(a.x + 6, b.y - 3), ImVec2(b.x - 6, b.y), ui::palette().groupColour[g], 2.0f);
        }
    }
    // Groups in display order, starting from the chosen one when only some fit.
    std::vector<int> order;
    for (int k = 0, g = tabbed ? v.padGroup : (pad.groups().empty() ? 0 : pad.groups().front());
         k < static_cast<int>(pad.groups().size()); ++k, g = pad.cycle(g, +1))
        order.push_back(g);
    // One panel of response buttons a frame; tests may draw other panels in turn.
    thread_local std::vector<ui::ResponseFace> faces;
    thread_local ResponseFaceCache faceCache;
    faces.clear();
    for (int g : order) {
        int column = 0;
        bool any = false;
        const bool visible = shown[g];
        const bool padHere = v.padConnected && v.padGroup == g;
        for (const int ri : pad.membersOf(g)) {
            const auto r = static_cast<std::size_t>(ri);
            const bool can = sim.canRespond(ri) && !v.session.isAutoplay();
            // Keys work for every response, shown or not.
            if (can && v.acceptKeys && !io.WantTextInput && v.scancodes[r] >= 0 &&
                ImGui::IsKeyPressed(v.scancodes[r], false))
                out.push_back({"respond", "", ri});
            if (!visible || !isShown(ri)) continue;
            if (!any) {
                if (padHere && !tabbed) {
                    // A marker beside the group the gamepad picks from: shape, not only colour.
                    const ImVec2 p = ImGui::GetCursorScreenPos();
                    d->AddTriangleFilled(ImVec2(p.x, p.y + f * 0.15f), ImVec2(p.x + f * 0.6f, p.y + f * 0.55f),
                                         ImVec2(p.x, p.y + f * 0.95f), ui::palette().accent);
                    ImGui::SetCursorScreenPos(ImVec2(p.x + f * 0.9f, p.y));
                }
                ImGui::TextColored(col(ui::palette().groupColour[g]), "%s", ui::groupTitle(g));
                any = true;
            }
            if (column++ % columns != 0) ImGui::SameLine();
            const std::string& key = v.keyLabels[r];
            const int padSlot = padHere ? pad.slotOf(ri) : -1;
            ui::ResponseFace face;
            if (ui::responseButtonItem(responses[r].id.c_str(), responses[r].name.c_str(), key.c_str(), size, can,
                                       ui::palette().groupColour[g], obs.busyResponse == ri, padSlot, &face))
                out.push_back({"respond", "", ri});
            faces.push_back(face);
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
                const std::string why = unavailableReason(responses[r], obs.state, v.session.isAutoplay(), sim.isOver());
                if (!can && !why.empty()) ImGui::SetTooltip("%s", why.c_str());
                else if (!responses[r].description.empty()) ImGui::SetTooltip("%s", responses[r].description.c_str());
            }
        }
    }
    if (hiding) {
        ImGui::Spacing();
        if (ImGui::Button("More responses...", ImVec2(w, 0))) out.push_back({"more_responses"});
        ui::noteItem("More responses...");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("This level is about a few responses; every other one is here, and its key works anyway.");
    }
    faceCache.draw(d, faces);
    ImGui::PopStyleVar();
    ImGui::End();
}

}  // namespace app
