// Level properties: everything about the level that is not on the timeline.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <functional>
#include <memory>

#include "core/enums.h"
#include "editor/commands/add_list_item.h"
#include "editor/commands/remove_list_item.h"
#include "editor/commands/set_level_property.h"
#include "editor/panels/fields.h"
#include "editor/panels/panels.h"

namespace editor {
namespace {

template <class T>
using Access = std::function<T&(core::LevelDef&)>;

/// The current value through an accessor (read only: the level is never changed here).
template <class T>
T current(const EditorContext& ctx, const Access<T>& access) {
    return access(const_cast<core::LevelDef&>(ctx.doc.level()));
}

template <class T>
void set(EditorContext& ctx, const std::string& key, const char* label, Access<T> access, T value) {
    ctx.doc.execute(std::make_unique<SetLevelProperty<T>>(key, label, std::move(access), std::move(value)));
}

void text(EditorContext& ctx, const char* label, const std::string& key, Access<std::string> access,
          bool multiline = false, const char* help = nullptr) {
    fieldLabel(ctx, label, key, help);
    std::string value = current(ctx, access);
    const std::string id = "##" + key;
    const bool changed = multiline ? longTextField(id.c_str(), &value, 4.0f)
                                   : (ImGui::SetNextItemWidth(-1), ImGui::InputText(id.c_str(), &value));
    if (changed) set(ctx, key, label, access, value);
}

void number(EditorContext& ctx, const char* label, const std::string& key, Access<float> access, float lo,
            float hi, const char* fmt, const char* help = nullptr) {
    fieldLabel(ctx, label, key, help);
    float value = current(ctx, access);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderFloat(("##" + key).c_str(), &value, lo, hi, fmt)) set(ctx, key, label, access, value);
}

template <class E, std::size_t N>
void choice(EditorContext& ctx, const char* label, const std::string& key, Access<E> access,
            const std::array<std::string_view, N>& names) {
    fieldLabel(ctx, label, key);
    int index = static_cast<int>(current(ctx, access));
    ImGui::SetNextItemWidth(-1);
    if (enumCombo(("##" + key).c_str(), &index, names)) set(ctx, key, label, access, static_cast<E>(index));
}

void lines(EditorContext& ctx, const char* label, const char* one, const std::string& key,
           StringListAccessor list, const char* help) {
    fieldLabel(ctx, label, key, help);
    const auto items = list(const_cast<core::LevelDef&>(ctx.doc.level()));
    ImGui::PushID(key.c_str());  // each list's lines need their own ids
    for (std::size_t i = 0; i < items.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        std::string value = items[i];
        ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 2.2f);
        const std::string itemKey = key + "[" + std::to_string(i) + "]";
        if (ImGui::InputText("##line", &value)) {
            Access<std::string> access = [list, i](core::LevelDef& l) -> std::string& { return list(l)[i]; };
            set(ctx, itemKey, one, access, value);
        }
        ImGui::SameLine();
        if (ImGui::Button("x")) ctx.doc.execute(std::make_unique<RemoveListItem>(one, list, static_cast<int>(i)));
        tooltip("Remove this line");
        ImGui::PopID();
    }
    if (ImGui::SmallButton(("+ Add " + std::string(one)).c_str()))
        ctx.doc.execute(std::make_unique<AddListItem>(one, list, static_cast<int>(items.size()), ""));
    ImGui::PopID();
}

void basics(EditorContext& ctx) {
    text(ctx, "Title", "title", EDITOR_FIELD(core::LevelDef, title), false, "Shown on the level card.");
    text(ctx, "File id", "id", EDITOR_FIELD(core::LevelDef, id), false,
         "A short name with dashes, e.g. early-hunger. Other files refer to the level by it.");
    text(ctx, "Summary", "summary", EDITOR_FIELD(core::LevelDef, summary), true);
    text(ctx, "Intro card", "intro", EDITOR_FIELD(core::LevelDef, intro), true,
         "What the player reads before the level starts.");
    lines(ctx, "Learning goals", "goal", "learning_goals", EDITOR_FIELD(core::LevelDef, learningGoals),
          "One goal per line: what the player should take away.");
}

void baby(EditorContext& ctx) {
    text(ctx, "Baby's name", "baby.name", EDITOR_FIELD(core::LevelDef, baby.name));
    fieldLabel(ctx, "Age (weeks)", "baby.age_weeks", "0 to 104. Some needs only apply at some ages.");
    int age = ctx.doc.level().baby.ageWeeks;
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderInt("##age", &age, 0, 104))
        set<int>(ctx, "baby.age_weeks", "age", EDITOR_FIELD(core::LevelDef, baby.ageWeeks), age);
    choice<core::Temperament>(ctx, "Temperament", "baby.temperament", EDITOR_FIELD(core::LevelDef, baby.temperament),
                              core::kTemperamentNames);
    choice<core::BabyState>(ctx, "Starts", "baby.initial_state", EDITOR_FIELD(core::LevelDef, baby.initialState),
                            core::kBabyStateNames);
    bool rolls = ctx.doc.level().baby.rolls;
    if (ImGui::Checkbox("Has started to roll (swaddling is unsafe)", &rolls))
        set<bool>(ctx, "baby.rolls", "rolling", EDITOR_FIELD(core::LevelDef, baby.rolls), rolls);
}

void setting(EditorContext& ctx) {
    fieldLabel(ctx, "Room", "setting.room");
    std::string room = ctx.doc.level().setting.room;
    ImGui::SetNextItemWidth(-1);
    if (stringCombo("##room", &room, {"nursery", "living_room", "bedroom", "kitchen", "clinic", "park"}))
        set(ctx, "setting.room", "room", Access<std::string>(EDITOR_FIELD(core::LevelDef, setting.room)), room);
    fieldLabel(ctx, "Time of day", "setting.time_of_day");
    std::string tod = ctx.doc.level().setting.timeOfDay;
    ImGui::SetNextItemWidth(-1);
    if (stringCombo("##tod", &tod, {"morning", "afternoon", "evening", "night"}))
        set(ctx, "setting.time_of_day", "time of day", Access<std::string>(EDITOR_FIELD(core::LevelDef, setting.timeOfDay)), tod);
    number(ctx, "Light", "setting.light", EDITOR_FIELD(core::LevelDef, setting.light), 0, 1, "%.2f", "0 dark, 1 bright");
    number(ctx, "Noise", "setting.noise", EDITOR_FIELD(core::LevelDef, setting.noise), 0, 1, "%.2f", "0 silent, 1 very loud");
    number(ctx, "Room temperature", "setting.room_temp_c", EDITOR_FIELD(core::LevelDef, setting.roomTempC), 10, 35, "%.0f °C");
}

void timing(EditorContext& ctx) {
    number(ctx, "Length of the level", "duration_s", EDITOR_FIELD(core::LevelDef, durationS), 30, 1200, "%.0f s",
           "Game seconds. Every episode must start before the end.");
    number(ctx, "Clock speed", "time_scale", EDITOR_FIELD(core::LevelDef, timeScale), 0.5f, 60, "%.1f x",
           "Story minutes per game minute, for the clock on screen (e.g. 10: a game minute shows as ten).");
}

void afterwards(EditorContext& ctx) {
    lines(ctx, "Hints", "hint", "hints", EDITOR_FIELD(core::LevelDef, hints), "General hints shown during the level.");
    lines(ctx, "Reflection questions", "question", "reflection", EDITOR_FIELD(core::LevelDef, reflection),
          "Asked after the level, one per line.");
    text(ctx, "Facilitator notes", "facilitator_notes", EDITOR_FIELD(core::LevelDef, facilitatorNotes), true,
         "Only facilitators see these.");
    lines(ctx, "Discussion prompts", "prompt", "discussion_prompts", EDITOR_FIELD(core::LevelDef, discussionPrompts),
          "For a group session after the level.");
}

}  // namespace

void drawPropertiesPanel(EditorContext& ctx) {
    if (beginPanel("Level")) {
        // A section opens by itself when an issue points at one of its fields.
        const auto section = [&](const char* name, bool open, void (*body)(EditorContext&),
                                 std::initializer_list<const char*> keys) {
            for (const char* k : keys)
                if (ctx.focusPending && ctx.focusField.rfind(k, 0) == 0) ImGui::SetNextItemOpen(true);
            if (ImGui::CollapsingHeader(name, open ? ImGuiTreeNodeFlags_DefaultOpen : 0)) body(ctx);
        };
        section("About the level", true, basics, {"title", "id", "summary", "intro", "learning_goals"});
        section("The baby", true, baby, {"baby"});
        section("The room", false, setting, {"setting"});
        section("Timing", true, timing, {"duration_s", "time_scale"});
        section("Hints, reflection and facilitator notes", false, afterwards,
                {"hints", "reflection", "facilitator_notes", "discussion_prompts"});
    }
    ImGui::End();
}

}  // namespace editor
