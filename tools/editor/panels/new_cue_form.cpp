// The new-cue form: a cue's words, need, stage, source and depiction, previewed on the baby and
// added to this session's catalog or appended to cues.json.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/depiction.h"
#include "editor/cue_appender.h"
#include "editor/episode_span.h"
#include "editor/panels/fields.h"
#include "editor/panels/panels.h"

namespace editor {
namespace {

template <class E, std::size_t N>
void depictionCombo(const char* label, E* value, const std::array<std::string_view, N>& names, bool* changed) {
    int i = static_cast<int>(*value);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.0f);
    if (enumCombo(label, &i, names)) *value = static_cast<E>(i), *changed = true;
}

void slider(const char* label, float* v, float lo, float hi, bool* changed) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.0f);
    *changed |= ImGui::SliderFloat(label, v, lo, hi, "%.2f");
}

bool depictionFields(core::DepictionDef& d) {
    bool changed = false;
    depictionCombo("Eyes", &d.eyes, core::kEyesNames, &changed);
    depictionCombo("Gaze", &d.gaze, core::kGazeNames, &changed);
    depictionCombo("Brows", &d.brows, core::kBrowsNames, &changed);
    depictionCombo("Mouth", &d.mouth, core::kMouthNames, &changed);
    depictionCombo("Hands", &d.hands, core::kHandsNames, &changed);
    depictionCombo("Limbs", &d.limbs, core::kLimbsNames, &changed);
    depictionCombo("Posture", &d.posture, core::kPostureNames, &changed);
    depictionCombo("Voice", &d.voice, core::kVoiceNames, &changed);
    depictionCombo("Context", &d.context, core::kContextNames, &changed);
    slider("Voice intensity", &d.voiceIntensity, 0, 1, &changed);
    slider("Flush", &d.flush, 0, 1, &changed);
    slider("Pallor", &d.pallor, 0, 1, &changed);
    slider("Tears", &d.tears, 0, 1, &changed);
    slider("Sweat", &d.sweat, 0, 1, &changed);
    slider("Breathing rate", &d.breathingRate, 0.5f, 3, &changed);
    slider("Motion", &d.motion, 0, 1, &changed);
    return changed;
}

std::string draftProblem(const EditorContext& ctx, const core::CueDef& c) {
    if (c.id.empty()) return "Give the cue an id (e.g. fist-to-mouth).";
    if (findCue(ctx.catalog, c.id)) return "A cue with the id '" + c.id + "' already exists.";
    if (c.name.empty()) return "Give the cue a short name.";
    if (c.seen.empty()) return "Say what the caregiver sees.";
    if (c.needs.empty()) return "Tick at least one need it signals.";
    if (c.source.empty()) return "Choose the published source it comes from.";
    return "";
}

void needsTicks(EditorContext& ctx, core::CueDef& c) {
    ImGui::TextUnformatted("Needs it signals (more than one = ambiguous)");
    ImGui::BeginChild("##cueneeds", ImVec2(-1, ImGui::GetFontSize() * 6.0f), true);
    for (const auto& n : ctx.catalog.needs) {
        bool on = std::find(c.needs.begin(), c.needs.end(), n.id) != c.needs.end();
        if (ImGui::Checkbox((n.name + "##" + n.id).c_str(), &on)) {
            if (on) c.needs.push_back(n.id);
            else c.needs.erase(std::remove(c.needs.begin(), c.needs.end(), n.id), c.needs.end());
        }
    }
    ImGui::EndChild();
}

}  // namespace

void drawNewCueForm(EditorContext& ctx) {
    core::CueDef& c = ctx.cueDraft;
    ImGui::TextWrapped("Describe a new cue, preview it on the baby, then add it to the catalog for this session.");
    ImGui::InputText("Id", &c.id);
    ImGui::InputText("Name", &c.name);
    ImGui::InputText("What you see", &c.seen);
    ImGui::InputText("What you hear", &c.heard);
    needsTicks(ctx, c);
    int stage = static_cast<int>(c.stage), potency = static_cast<int>(c.potency);
    if (enumCombo("Stage", &stage, core::kStageNames)) c.stage = static_cast<core::Stage>(stage);
    if (enumCombo("Potency", &potency, core::kPotencyNames)) c.potency = static_cast<core::Potency>(potency);
    if (ImGui::BeginCombo("Source", c.source.empty() ? "(choose)" : c.source.c_str())) {
        for (const auto& s : ctx.catalog.sources)
            if (ImGui::Selectable((s.id + "##src").c_str(), s.id == c.source)) c.source = s.id;
        ImGui::EndCombo();
    }
    ImGui::InputText("Meaning", &c.meaning);
    ImGui::InputText("What helps", &c.helps);
    ImGui::InputText("What to avoid", &c.avoid);
    ImGui::Separator();
    ImGui::TextUnformatted("How it looks and sounds");
    if (depictionFields(c.depiction)) ctx.preview.showDraft = true;
    if (ImGui::Button("Preview on the baby")) ctx.preview.showDraft = true;
    const std::string problem = draftProblem(ctx, c);
    ImGui::BeginDisabled(!problem.empty());
    ImGui::SameLine();
    if (ImGui::Button("Try it in this session")) {
        ctx.catalog.cues.push_back(c);
        ctx.reindex();
        ctx.sessionCues.push_back(c.id);
        ctx.status = "Added cue '" + c.id + "' for this session only (not saved to the catalog).";
        c = core::CueDef{};
    }
    tooltip("Episodes can use it until the editor closes; levels that use it will not load elsewhere.");
    if (ImGui::Button("Add it to the catalog file")) {
        std::string error;
        if (appendCueToCatalog(ctx.catalogDir, c, &error)) {
            ctx.catalog.cues.push_back(c);
            ctx.reindex();
            ctx.status = "Added cue '" + c.id + "' to " + ctx.catalogDir + "/cues.json (the old file is kept as cues.json.bak).";
            c = core::CueDef{};
        } else {
            ctx.status = "The cue was not added: " + error;
        }
    }
    tooltip("Appends it to assets/catalog/cues.json, checks the whole catalog still loads, and puts the file back if not.");
    ImGui::EndDisabled();
    if (!problem.empty()) ImGui::TextDisabled("%s", problem.c_str());
}

}  // namespace editor
