// The inspector: every field of the selected episode or environment event, or group moves for a
// multi-selection.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <functional>
#include <memory>

#include "editor/commands/edit_episode_field.h"
#include "editor/commands/edit_event_field.h"
#include "editor/commands/move_items.h"
#include "editor/episode_span.h"
#include "editor/panels/fields.h"
#include "editor/panels/panels.h"
#include "editor/panels/timeline_actions.h"
#include "ui/theme.h"

namespace editor {
namespace {

template <class T>
void setEpisode(EditorContext& ctx, int i, const char* key, std::function<T&(core::EpisodeDef&)> access, T value) {
    ctx.doc.execute(std::make_unique<EditEpisodeField<T>>(i, key, std::move(access), std::move(value)));
}

template <class T>
void setEvent(EditorContext& ctx, int i, const char* key, std::function<T&(core::EnvEventDef&)> access, T value) {
    ctx.doc.execute(std::make_unique<EditEventField<T>>(i, key, std::move(access), std::move(value)));
}

std::string episodeKey(int i, const char* field) { return "episodes[" + std::to_string(i) + "]." + field; }

void episodeText(EditorContext& ctx, int i, const char* label, const char* key,
                 std::function<std::string&(core::EpisodeDef&)> access, bool multiline, const char* help) {
    fieldLabel(ctx, label, episodeKey(i, key), help);
    std::string value = access(const_cast<core::EpisodeDef&>(ctx.doc.level().episodes[static_cast<std::size_t>(i)]));
    const std::string id = std::string("##") + key;
    const bool changed = multiline ? longTextField(id.c_str(), &value, 3.0f)
                                   : (ImGui::SetNextItemWidth(-1), ImGui::InputText(id.c_str(), &value));
    if (changed) setEpisode<std::string>(ctx, i, key, access, value);
}

void escalation(EditorContext& ctx, int i) {
    const core::LevelDef& level = ctx.doc.level();
    const core::EpisodeDef& ep = level.episodes[static_cast<std::size_t>(i)];
    fieldLabel(ctx, "How fast it escalates", episodeKey(i, "escalation"),
               "The preset scales the need's usual stage lengths. Set a stage length to fix it yourself (0 = automatic).");
    core::EscalationDef esc = ep.escalation;
    bool changed = false;
    for (const char* p : {"slow", "normal", "fast"}) {
        if (ImGui::RadioButton(p, esc.preset == p)) esc.preset = p, changed = true;
        ImGui::SameLine();
    }
    ImGui::NewLine();
    const auto lengths = stageLengthsS(level, ep, ctx.catalog);
    float* slots[3] = {&esc.earlyS, &esc.activeS, &esc.lateS};
    const char* names[3] = {"early", "active", "late"};
    const float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x * 2) / 3.0f;
    for (int s = 0; s < 3; ++s) {
        if (s) ImGui::SameLine();
        ImGui::SetNextItemWidth(w);
        const std::string fmt = *slots[s] > 0 ? std::string(names[s]) + " %.0f s"
                                              : std::string(names[s]) + " auto (" + clockText(lengths[static_cast<std::size_t>(s)]) + ")";
        changed |= ImGui::DragFloat((std::string("##") + names[s]).c_str(), slots[s], 0.5f, 0.0f, 3600.0f, fmt.c_str());
    }
    if (changed) setEpisode<core::EscalationDef>(ctx, i, "escalation", EDITOR_FIELD(core::EpisodeDef, escalation), esc);
}

/// The stage the episode appears at, and (for unexplained crying) how long it resists soothing.
void startStage(EditorContext& ctx, int i) {
    const core::EpisodeDef& ep = ctx.doc.level().episodes[static_cast<std::size_t>(i)];
    fieldLabel(ctx, "Starts at stage", episodeKey(i, "start_stage"),
               "Early: the first quiet cues. Active or late: the baby is already asking hard or crying "
               "when it begins (you come back from the shower to a crying baby).");
    std::string stage(core::stageName(ep.startStage));
    ImGui::SetNextItemWidth(-1);
    if (stringCombo("##startstage", &stage, {"early", "active", "late"}))
        setEpisode<core::Stage>(ctx, i, "start_stage", EDITOR_FIELD(core::EpisodeDef, startStage),
                                core::enumFromName<core::Stage>(stage, core::kStageNames).value_or(core::Stage::Early));
    fieldLabel(ctx, "Resists soothing for", episodeKey(i, "resists_s"),
               "Unexplained (PURPLE) crying only: for this long, care eases it but cannot bring it down a stage. 0 = never.");
    float resists = ep.resistsS;
    ImGui::SetNextItemWidth(-1);
    if (ImGui::DragFloat("##resists", &resists, 1.0f, 0.0f, 3600.0f, resists > 0 ? "%.0f s" : "never"))
        setEpisode<float>(ctx, i, "resists_s", EDITOR_FIELD(core::EpisodeDef, resistsS), std::max(0.0f, resists));
}

void cueOverrides(EditorContext& ctx, int i) {
    const core::EpisodeDef& ep = ctx.doc.level().episodes[static_cast<std::size_t>(i)];
    fieldLabel(ctx, "Cues shown", episodeKey(i, "cues"),
               "Leave empty and the game picks cues for the need from the catalog. Add cues here to choose them yourself.");
    if (ep.cues.empty()) ImGui::TextDisabled("From the catalog (automatic)");
    std::vector<std::string> cues = ep.cues;
    for (std::size_t k = 0; k < cues.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        const core::CueDef* cue = findCue(ctx.catalog, cues[k]);
        if (ImGui::SmallButton("x")) {
            cues.erase(cues.begin() + static_cast<std::ptrdiff_t>(k));
            setEpisode<std::vector<std::string>>(ctx, i, "cues", EDITOR_FIELD(core::EpisodeDef, cues), cues);
            ImGui::PopID();
            return;
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("show")) ctx.preview.cueId = cues[k], ctx.preview.showDraft = false;
        ImGui::SameLine();
        if (cue) ImGui::Text("%s  [%s]", cue->name.c_str(), std::string(core::nameOf(cue->stage, core::kStageNames)).c_str());
        else ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().concern), "%s (not in the catalog)", cues[k].c_str());
        ImGui::PopID();
    }
    std::string picked;
    ImGui::SetNextItemWidth(-1);
    if (cuePicker(ctx, "##addcue", "+ Add a cue...", ep.need, &picked)) {
        cues.push_back(picked);
        setEpisode<std::vector<std::string>>(ctx, i, "cues", EDITOR_FIELD(core::EpisodeDef, cues), cues);
    }
}

/// One line under the need: which responses the catalog counts as the best care, by stage.
void bestCare(const EditorContext& ctx, const std::string& needId) {
    const int need = ctx.index->needIndex(needId);
    if (need < 0) return;
    std::string line;
    for (std::size_t r = 0; r < ctx.catalog.responses.size(); ++r) {
        std::string stages;
        for (int s = 0; s < 3; ++s)
            if (ctx.index->fitFor(need, static_cast<int>(r), static_cast<core::Stage>(s)) == core::Fit::Best)
                stages += (stages.empty() ? "" : ", ") + std::string(core::kStageNames[static_cast<std::size_t>(s)]);
        if (!stages.empty()) line += (line.empty() ? "" : "; ") + ctx.catalog.responses[r].name + " (" + stages + ")";
    }
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("Best care: %s", line.empty() ? "none in the catalog" : line.c_str());
    ImGui::PopTextWrapPos();
}

void episodeFields(EditorContext& ctx, int i) {
    const core::LevelDef& level = ctx.doc.level();
    const core::EpisodeDef& ep = level.episodes[static_cast<std::size_t>(i)];
    ImGui::Text("Episode %d of %zu", i + 1, level.episodes.size());
    episodeText(ctx, i, "Name (id)", "id", EDITOR_FIELD(core::EpisodeDef, id), false, "Unique in the level, e.g. first-feed.");
    fieldLabel(ctx, "Need", episodeKey(i, "need"), "What the baby needs. The cues and the right responses follow from it.");
    std::string need = ep.need;
    ImGui::SetNextItemWidth(-1);
    if (needPicker(ctx, "##need", &need)) setEpisode<std::string>(ctx, i, "need", EDITOR_FIELD(core::EpisodeDef, need), need);
    bestCare(ctx, ep.need);
    fieldLabel(ctx, "Starts at", episodeKey(i, "start_s"));
    float start = ep.startS;
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderFloat("##start", &start, 0.0f, std::max(1.0f, level.durationS - 0.5f), "%.1f s"))
        setEpisode<float>(ctx, i, "start", EDITOR_FIELD(core::EpisodeDef, startS), start);
    escalation(ctx, i);
    fieldLabel(ctx, "Clarity of the cues", episodeKey(i, "clarity"), "0 shows the subtlest cues, 1 the clearest.");
    float clarity = ep.clarity;
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderFloat("##clarity", &clarity, 0.0f, 1.0f, clarity < 0.34f ? "%.2f subtle" : clarity < 0.67f ? "%.2f medium" : "%.2f clear"))
        setEpisode<float>(ctx, i, "clarity", EDITOR_FIELD(core::EpisodeDef, clarity), clarity);
    startStage(ctx, i);
    cueOverrides(ctx, i);
    episodeText(ctx, i, "Feedback after it is scored", "feedback", EDITOR_FIELD(core::EpisodeDef, feedback), true,
                "Shown for any outcome that has no text of its own below.");
    episodeText(ctx, i, "Feedback if answered early", "feedback_early", EDITOR_FIELD(core::EpisodeDef, feedbackEarly), true,
                "Optional: answered at the first cue the player saw, or settled on its own.");
    episodeText(ctx, i, "Feedback if answered late", "feedback_late", EDITOR_FIELD(core::EpisodeDef, feedbackLate), true,
                "Optional: answered after the need had built up.");
    episodeText(ctx, i, "Feedback if missed", "feedback_missed", EDITOR_FIELD(core::EpisodeDef, feedbackMissed), true,
                "Optional: never answered.");
    episodeText(ctx, i, "Hint while it runs", "hint", EDITOR_FIELD(core::EpisodeDef, hint), true, nullptr);
    episodeText(ctx, i, "Discussion prompt (facilitators)", "discussion", EDITOR_FIELD(core::EpisodeDef, discussion), true, nullptr);
}

void eventFields(EditorContext& ctx, int i) {
    const core::LevelDef& level = ctx.doc.level();
    const core::EnvEventDef& ev = level.events[static_cast<std::size_t>(i)];
    const std::string base = "events[" + std::to_string(i) + "].";
    ImGui::Text("Environment event %d of %zu", i + 1, level.events.size());
    std::string id = ev.id, kind = ev.kind, text = ev.text;
    fieldLabel(ctx, "Name (id)", base + "id");
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputText("##evid", &id)) setEvent<std::string>(ctx, i, "id", EDITOR_FIELD(core::EnvEventDef, id), id);
    fieldLabel(ctx, "What happens", base + "kind");
    ImGui::SetNextItemWidth(-1);
    if (stringCombo("##kind", &kind, {"doorbell", "phone", "sibling", "visitor", "dog", "noise", "lights"}))
        setEvent<std::string>(ctx, i, "kind", EDITOR_FIELD(core::EnvEventDef, kind), kind);
    float start = ev.startS, duration = ev.durationS, noise = ev.noise;
    fieldLabel(ctx, "Starts at", base + "start_s");
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderFloat("##evstart", &start, 0.0f, std::max(1.0f, level.durationS - 0.5f), "%.1f s"))
        setEvent<float>(ctx, i, "start", EDITOR_FIELD(core::EnvEventDef, startS), start);
    fieldLabel(ctx, "Lasts", base + "duration_s");
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderFloat("##evdur", &duration, 1.0f, 300.0f, "%.0f s"))
        setEvent<float>(ctx, i, "duration", EDITOR_FIELD(core::EnvEventDef, durationS), duration);
    fieldLabel(ctx, "Noise it adds", base + "noise", "0 silent .. 1 very loud, added to the room's noise while it lasts.");
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderFloat("##evnoise", &noise, 0.0f, 1.0f, "%.2f"))
        setEvent<float>(ctx, i, "noise", EDITOR_FIELD(core::EnvEventDef, noise), noise);
    fieldLabel(ctx, "Caption", base + "text", "Shown on screen, e.g. \"The phone rings.\"");
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputText("##evtext", &text)) setEvent<std::string>(ctx, i, "text", EDITOR_FIELD(core::EnvEventDef, text), text);
}

void groupFields(EditorContext& ctx) {
    const auto& items = ctx.doc.selection().items;
    ImGui::Text("%zu items selected", items.size());
    ImGui::TextWrapped("Drag any of them on the timeline to move them together, or nudge them:");
    for (float d : {-5.0f, -1.0f, 1.0f, 5.0f}) {
        const std::string label = (d > 0 ? "+" : "") + std::to_string(static_cast<int>(d)) + " s";
        if (ImGui::Button(label.c_str())) {
            std::vector<float> starts;
            for (const ItemRef& r : items) {
                const auto k = static_cast<std::size_t>(r.index);
                const float s = r.kind == ItemKind::Episode ? ctx.doc.level().episodes[k].startS : ctx.doc.level().events[k].startS;
                starts.push_back(std::clamp(s + d, 0.0f, std::max(0.0f, ctx.doc.level().durationS - 0.5f)));
            }
            ctx.doc.execute(std::make_unique<MoveItems>(items, starts));
            ctx.doc.endMerge();
        }
        ImGui::SameLine();
    }
    ImGui::NewLine();
    if (ImGui::Button("Duplicate all")) duplicateSelection(ctx);
    ImGui::SameLine();
    if (ImGui::Button("Delete all")) deleteSelection(ctx);
}

}  // namespace

void drawInspectorPanel(EditorContext& ctx) {
    if (beginPanel("Inspector")) {
        const auto& items = ctx.doc.selection().items;
        if (items.empty()) {
            ImGui::TextWrapped("Select an episode or an event on the timeline to edit it here. "
                               "Ctrl-click or Shift-click selects more than one.");
        } else if (items.size() > 1) {
            groupFields(ctx);
        } else if (items[0].kind == ItemKind::Episode) {
            ImGui::PushID("episode");
            ImGui::PushID(items[0].index);
            episodeFields(ctx, items[0].index);
            ImGui::PopID();
            ImGui::PopID();
        } else {
            ImGui::PushID("event");
            ImGui::PushID(items[0].index);
            eventFields(ctx, items[0].index);
            ImGui::PopID();
            ImGui::PopID();
        }
    }
    ImGui::End();
}

}  // namespace editor
