// The play-test view: the baby and room, response buttons grouped as in the game, what the baby is
// showing, and at the end the score breakdown. "Back to editing" returns to the same selection.
#include <imgui.h>

#include <algorithm>

#include "editor/baby_preview.h"
#include "editor/panels/fields.h"
#include "editor/panels/panels.h"
#include "platform/input.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace editor {
namespace {

void header(EditorContext& ctx) {
    const PlayTest& play = *ctx.play;
    const std::string who = play.def().policy.empty() ? "played by you" : "played by the " + play.def().policy + " bot";
    ImGui::Text("Play-test of \"%s\", %s, from %s", play.level().title.c_str(), who.c_str(),
                clockText(static_cast<float>(play.def().startS)).c_str());
    ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::GetFontSize() * 20.0f);
    if (ImGui::Button("Restart")) ctx.requests.play = play.def();
    ImGui::SameLine();
    // Ending the play-test is a request: the rest of this frame still draws it.
    if (ui::primaryButton("Back to editing")) ctx.requests.endPlay = true;
}

void speed(EditorContext& ctx) {
    ImGui::TextUnformatted("Speed");
    for (int s : {1, 4, 16, 60}) {
        ImGui::SameLine();
        if (ImGui::RadioButton((std::to_string(s) + "x").c_str(), ctx.playSpeed == s)) ctx.playSpeed = s;
    }
    ImGui::SameLine();
    if (ImGui::RadioButton("pause", ctx.playSpeed == 0)) ctx.playSpeed = 0;
    ImGui::SameLine();
    ImGui::BeginDisabled(ctx.play->isOver());
    if (ImGui::Button("Skip to the end")) ctx.play->advance(1 << 30);
    ImGui::EndDisabled();
    tooltip("Plays the rest at once and shows the score. Playing by hand, nothing more is done for the baby.");
}

void scene(EditorContext& ctx, ImVec2 size) {
    const core::Simulation& sim = ctx.play->sim();
    const core::Observation& obs = sim.observe();
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + size.x, min.y + size.y);
    PreviewLook look;
    look.depiction = obs.look;
    look.state = obs.state;
    look.held = obs.held;
    look.ageWeeks = ctx.play->level().baby.ageWeeks;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(min, max, true);
    drawPreview(draw, min, max, ctx.play->level().setting, look, sim.timeS());
    draw->PopClipRect();
    ImGui::Dummy(size);
    std::string state(core::nameOf(obs.state, core::kBabyStateNames));
    std::replace(state.begin(), state.end(), '_', ' ');
    ImGui::Text("%s / %s   Baby: %s", clockText(static_cast<float>(sim.timeS())).c_str(),
                clockText(static_cast<float>(obs.durationS)).c_str(), state.c_str());
    ImGui::ProgressBar(static_cast<float>(sim.timeS() / std::max(1.0, obs.durationS)), ImVec2(size.x, 0), "");
    for (const auto& v : obs.cues) {
        const auto& cue = ctx.catalog.cues[static_cast<std::size_t>(v.cue)];
        ImGui::BulletText("%s (%s) %s", cue.name.c_str(), std::string(core::nameOf(v.stage, core::kStageNames)).c_str(),
                          cue.heard.c_str());
    }
    for (int e : obs.activeEnvEvents) ImGui::BulletText("%s", ctx.play->level().events[static_cast<std::size_t>(e)].text.c_str());
    if (!ctx.play->lastCoach().empty()) ImGui::TextWrapped("Coach: %s", ctx.play->lastCoach().c_str());
}

void responses(EditorContext& ctx) {
    const core::Simulation& sim = ctx.play->sim();
    const bool byHand = ctx.play->def().policy.empty();
    const float f = ImGui::GetFontSize();
    const ImVec2 size(f * 10.5f, f * 2.2f);
    for (int g = 0; g < 6; ++g) {
        ImGui::TextUnformatted(ui::groupTitle(g));
        int inRow = 0;
        for (std::size_t r = 0; r < ctx.catalog.responses.size(); ++r) {
            const auto& resp = ctx.catalog.responses[r];
            if (ui::groupIndex(resp.group.c_str()) != g) continue;
            if (inRow++ % 3) ImGui::SameLine();
            const int ri = static_cast<int>(r);
            const bool busy = sim.observe().busyResponse == ri;
            const bool enabled = byHand && sim.canRespond(ri) && sim.observe().busyResponse < 0 && !sim.isOver();
            const bool key = !ImGui::GetIO().WantTextInput &&
                             ImGui::IsKeyPressed(platform::scancodeForLabel(resp.key.c_str()), false);
            if (ui::responseButton(resp.id.c_str(), resp.name.c_str(), resp.key.c_str(), size, enabled,
                                   ui::palette().groupColour[g], busy) || (enabled && key))
                ctx.play->respond(ri);
        }
    }
}

void results(EditorContext& ctx) {
    const core::LevelScore s = ctx.play->sim().score();
    const float w = ImGui::GetContentRegionAvail().x;
    ui::heading(("Score " + std::to_string(static_cast<int>(s.score + 0.5f)) + " / 100").c_str());
    ui::stars(s.stars, ImGui::GetFontSize() * 1.6f);
    ImGui::TextWrapped("%s", s.ratingWords.c_str());
    ui::componentBar("Awareness", s.components.awareness, w);
    ui::componentBar("Interpretation", s.components.interpretation, w);
    ui::componentBar("Promptness", s.components.promptness, w);
    ui::componentBar("Appropriateness", s.components.appropriateness, w);
    if (!ImGui::BeginTable("##eps", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) return;
    ImGui::TableSetupColumn("Episode");
    ImGui::TableSetupColumn("Answered", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 6);
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3.5f);
    ImGui::TableSetupColumn("Coach");
    ImGui::TableHeadersRow();
    for (const auto& e : s.episodes) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(e.episodeId.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(e.missed ? "missed" : e.answered ? std::string(core::nameOf(e.stageAnswered, core::kStageNames)).c_str() : "no");
        ImGui::TableNextColumn();
        ImGui::Text("%d", static_cast<int>(e.score * 100 + 0.5f));
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", e.sentence.c_str());
    }
    ImGui::EndTable();
    for (const auto& safety : s.safetyEvents) ImGui::BulletText("Safety: %s", safety.text.c_str());
}

}  // namespace

void drawPlayTestPanel(EditorContext& ctx) {
    if (beginPanel("Play-test")) {
        header(ctx);
        speed(ctx);
        ImGui::Separator();
        const ImVec2 avail = ImGui::GetContentRegionAvail();
        const float sceneW = avail.x * 0.5f;
        ImGui::BeginChild("##scene", ImVec2(sceneW, 0));
        scene(ctx, ImVec2(sceneW - ImGui::GetStyle().WindowPadding.x, avail.y * 0.62f));
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("##side");
        if (ctx.play->isOver()) results(ctx);
        else {
            if (!ctx.play->def().policy.empty()) ImGui::TextDisabled("The bot is choosing; watch, or go back to editing.");
            responses(ctx);
            ImGui::Separator();
            ImGui::TextDisabled("Score so far: %d", static_cast<int>(ctx.play->sim().score().score + 0.5f));
        }
        ImGui::EndChild();
    }
    ImGui::End();
}

}  // namespace editor
