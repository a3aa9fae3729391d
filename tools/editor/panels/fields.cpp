// Shared panel pieces.
#include "editor/panels/fields.h"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "ui/item_locator.h"
#include "ui/theme.h"

namespace editor {

void tooltip(const char* text) {
    if (!ImGui::IsItemHovered()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

namespace {
bool s_editNextLongText = false;  ///< fieldLabel asked the long text field after it to open
}  // namespace

void fieldLabel(EditorContext& ctx, const char* label, const std::string& key, const char* help) {
    s_editNextLongText = false;
    const std::string& f = ctx.focusField;
    const bool named = !f.empty() && (f == key || f.rfind(key + "[", 0) == 0 || f.rfind(key + ".", 0) == 0);
    const bool lit = named && ctx.clockS - ctx.focusSetAtS < 3.0;
    if (lit) ImGui::PushStyleColor(ImGuiCol_Text, ui::palette().concern);
    ImGui::TextUnformatted(label);
    if (lit) ImGui::PopStyleColor();
    if (named && ctx.focusPending) {
        ImGui::SetScrollHereY(0.3f);
        ImGui::SetKeyboardFocusHere(0);
        s_editNextLongText = true;
        ctx.focusPending = false;
    }
    if (help) {
        ImGui::SameLine();
        ImGui::TextDisabled("(?)");
        tooltip(help);
    }
}

bool longTextField(const char* id, std::string* value, float lines) {
    static ImGuiID editing = 0;
    static bool justOpened = false;
    const ImGuiID me = ImGui::GetID(id);
    if (s_editNextLongText) editing = me, justOpened = true, s_editNextLongText = false;
    const float h = ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2;
    if (editing == me) {
        if (justOpened) ImGui::SetKeyboardFocusHere(0);
        justOpened = false;
        const bool changed = ImGui::InputTextMultiline(id, value, ImVec2(-1, h * 1.6f));
        if (ImGui::IsItemDeactivated()) editing = 0;
        return changed;
    }
    // Not being edited: show the text wrapped (ImGui 1.86's multiline input cannot wrap).
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
    ImGui::BeginChild(me, ImVec2(-1, h), false, ImGuiWindowFlags_NoScrollbar);
    if (value->empty()) ImGui::TextDisabled("(click to write)");
    else ImGui::TextWrapped("%s", value->c_str());
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ui::noteItem(id[0] == '#' && id[1] == '#' ? id + 2 : id);  // tests click it by its field name
    if (ImGui::IsItemClicked() || (ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)))) {
        editing = me;
        justOpened = true;
    }
    return false;
}

std::string clockText(float seconds) {
    const int s = static_cast<int>(seconds + 0.5f);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d:%02d", s / 60, s % 60);
    return buf;
}

bool matchesFilter(std::string_view text, std::string_view filter) {
    if (filter.empty()) return true;
    const auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
    for (std::size_t i = 0; i + filter.size() <= text.size(); ++i) {
        std::size_t k = 0;
        while (k < filter.size() && lower(text[i + k]) == lower(filter[k])) ++k;
        if (k == filter.size()) return true;
    }
    return false;
}

bool stringCombo(const char* id, std::string* value, std::initializer_list<const char*> choices) {
    bool changed = false;
    if (ImGui::BeginCombo(id, value->c_str())) {
        for (const char* c : choices)
            if (ImGui::Selectable(c, *value == c)) {
                *value = c;
                changed = true;
            }
        ImGui::EndCombo();
    }
    return changed;
}

std::string needName(const EditorContext& ctx, const std::string& id) {
    const int n = ctx.index->needIndex(id);
    return n < 0 ? id : ctx.catalog.needs[static_cast<std::size_t>(n)].name;
}

bool needPicker(EditorContext& ctx, const char* id, std::string* needId) {
    static std::string filter;
    bool changed = false;
    const std::string preview = needName(ctx, *needId) + "  (" + *needId + ")";
    if (ImGui::BeginCombo(id, preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##needfilter", "search needs", &filter);
        const int age = ctx.doc.level().baby.ageWeeks;
        for (const auto& n : ctx.catalog.needs) {
            if (!matchesFilter(n.name + " " + n.id + " " + n.description, filter)) continue;
            const bool fitsAge = age >= n.minAgeWeeks && age <= n.maxAgeWeeks;
            const std::string label = n.name + "  (" + n.id + ")" + (fitsAge ? "" : "  — not for this age");
            if (!fitsAge) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
            if (ImGui::Selectable(label.c_str(), n.id == *needId)) {
                *needId = n.id;
                changed = true;
            }
            if (!fitsAge) ImGui::PopStyleColor();
            tooltip(n.description.c_str());
        }
        ImGui::EndCombo();
    }
    return changed;
}

bool cuePicker(EditorContext& ctx, const char* id, const char* buttonText, const std::string& need,
               std::string* cueId) {
    static std::string filter;
    bool picked = false;
    if (ImGui::BeginCombo(id, buttonText, ImGuiComboFlags_HeightLarge)) {
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##cuefilter", "search cues", &filter);
        for (int pass = 0; pass < 2; ++pass) {
            if (pass == 1) ImGui::TextDisabled("Cues that do not signal %s:", needName(ctx, need).c_str());
            for (const auto& c : ctx.catalog.cues) {
                const bool signals = std::find(c.needs.begin(), c.needs.end(), need) != c.needs.end();
                if (signals != (pass == 0) || !matchesFilter(c.name + " " + c.id + " " + c.seen, filter)) continue;
                const std::string label = c.name + "  [" + std::string(core::nameOf(c.stage, core::kStageNames)) +
                                          "]##" + c.id;
                if (ImGui::Selectable(label.c_str())) {
                    *cueId = c.id;
                    picked = true;
                }
                tooltip(c.seen.c_str());
            }
        }
        ImGui::EndCombo();
    }
    return picked;
}

}  // namespace editor
