// Small shared pieces of the panels: labels that the issues panel can highlight, searchable
// pickers, times as m:ss, and accessors for the commands.
#pragma once

#include <imgui.h>

#include <array>
#include <string>
#include <string_view>

#include "editor/editor_context.h"

namespace editor {

/// A field's label above it; highlighted, scrolled to and focused when ctx.focusField names key.
/// help, if given, appears as a tooltip on a "(?)" after the label.
void fieldLabel(EditorContext& ctx, const char* label, const std::string& key, const char* help = nullptr);
/// A long text: shown wrapped in a box; a click turns it into a multi-line input until the
/// input loses focus. lines is the box's height in lines. True when the text changed.
bool longTextField(const char* id, std::string* value, float lines);
/// A hover tooltip with wrapped text for the last item.
void tooltip(const char* text);
/// "1:05" for 65 s.
std::string clockText(float seconds);
/// True if text contains filter, ignoring case (an empty filter matches everything).
bool matchesFilter(std::string_view text, std::string_view filter);
/// A combo over a names array (enum data names); true with *index changed on a pick.
template <std::size_t N>
bool enumCombo(const char* id, int* index, const std::array<std::string_view, N>& names) {
    bool changed = false;
    if (ImGui::BeginCombo(id, std::string(names[static_cast<std::size_t>(*index)]).c_str())) {
        for (std::size_t i = 0; i < N; ++i)
            if (ImGui::Selectable(std::string(names[i]).c_str(), static_cast<int>(i) == *index)) {
                *index = static_cast<int>(i);
                changed = true;
            }
        ImGui::EndCombo();
    }
    return changed;
}
/// A combo over string choices; true with *value changed on a pick.
bool stringCombo(const char* id, std::string* value, std::initializer_list<const char*> choices);
/// The catalog name of a need ("Hunger"), or the id if unknown.
std::string needName(const EditorContext& ctx, const std::string& id);
/// A searchable need picker; true with *id changed.
bool needPicker(EditorContext& ctx, const char* id, std::string* needId);
/// A searchable cue picker listing cues for `need` first; true with *cueId set to the pick.
bool cuePicker(EditorContext& ctx, const char* id, const char* buttonText, const std::string& need,
               std::string* cueId);

}  // namespace editor

/// An accessor lambda for one field of a level, an episode or an event, e.g. FIELD(core::LevelDef, title).
#define EDITOR_FIELD(Type, member) [](Type& x) -> auto& { return x.member; }
