// The live baby preview: any cue at any stage, drawn by the game's renderer in the level's room.
#include <imgui.h>

#include <algorithm>

#include "editor/baby_preview.h"
#include "editor/episode_span.h"
#include "editor/panels/fields.h"
#include "editor/panels/panels.h"

namespace editor {
namespace {

/// Cues the selected episode can show at the chosen stage: its own choice if it has one, else
/// the catalog's cues for its need.
std::vector<const core::CueDef*> episodeCues(const EditorContext& ctx, const core::EpisodeDef& ep, core::Stage stage) {
    std::vector<const core::CueDef*> out;
    if (!ep.cues.empty()) {
        for (const auto& id : ep.cues)
            if (const core::CueDef* c = findCue(ctx.catalog, id); c && c->stage == stage) out.push_back(c);
        return out;
    }
    const int need = ctx.index->needIndex(ep.need);
    if (need < 0) return out;
    for (int c : ctx.index->cuesFor(need, stage)) out.push_back(&ctx.catalog.cues[static_cast<std::size_t>(c)]);
    return out;
}

core::BabyState stateFor(const core::CueDef& cue) {
    if (cue.depiction.voice == core::Voice::Cry || cue.depiction.voice == core::Voice::CryIntense) return core::BabyState::Crying;
    if (cue.depiction.eyes == core::Eyes::Closed || cue.depiction.eyes == core::Eyes::Rem) return core::BabyState::LightSleep;
    return cue.stage == core::Stage::Early ? core::BabyState::QuietAlert : core::BabyState::ActiveAlert;
}

const core::CueDef* chooseCue(EditorContext& ctx) {
    if (ctx.preview.showDraft) return &ctx.cueDraft;
    if (!ctx.preview.cueId.empty()) return findCue(ctx.catalog, ctx.preview.cueId);
    const auto& sel = ctx.doc.selection().items;
    if (sel.empty() || sel[0].kind != ItemKind::Episode) return nullptr;
    const auto& ep = ctx.doc.level().episodes[static_cast<std::size_t>(sel[0].index)];
    const auto stage = static_cast<core::Stage>(ctx.preview.stage);
    const auto cues = episodeCues(ctx, ep, stage);
    ImGui::Text("%s at the %s stage:", needName(ctx, ep.need).c_str(), std::string(core::nameOf(stage, core::kStageNames)).c_str());
    static int pick = 0;
    for (int k = 0; k < static_cast<int>(cues.size()); ++k) {
        if (k) ImGui::SameLine();
        if (ImGui::RadioButton((cues[static_cast<std::size_t>(k)]->name + "##" + std::to_string(k)).c_str(), pick == k)) pick = k;
    }
    if (cues.empty()) {
        ImGui::TextDisabled("No cue for this need at this stage.");
        return nullptr;
    }
    return cues[static_cast<std::size_t>(std::min(pick, static_cast<int>(cues.size()) - 1))];
}

}  // namespace

void drawPreviewPanel(EditorContext& ctx) {
    if (beginPanel("Baby preview")) {
        for (int s = 0; s < 3; ++s) {
            if (s) ImGui::SameLine();
            if (ImGui::RadioButton(std::string(core::kStageNames[static_cast<std::size_t>(s)]).c_str(), ctx.preview.stage == s))
                ctx.preview.stage = s;
        }
        if (!ctx.preview.cueId.empty() || ctx.preview.showDraft) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Follow the selection")) ctx.preview.cueId.clear(), ctx.preview.showDraft = false;
        }
        const core::CueDef* cue = chooseCue(ctx);
        const ImVec2 min = ImGui::GetCursorScreenPos();
        const ImVec2 avail = ImGui::GetContentRegionAvail();
        const float captionH = ImGui::GetTextLineHeightWithSpacing() * 3.2f;
        const ImVec2 max(min.x + avail.x, min.y + std::max(40.0f, avail.y - captionH));
        PreviewLook look;
        look.ageWeeks = ctx.doc.level().baby.ageWeeks;
        if (cue) {
            look.depiction = cue->depiction;
            look.state = stateFor(*cue);
        }
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->PushClipRect(min, max, true);
        drawPreview(draw, min, max, ctx.doc.level().setting, look, ctx.clockS);
        draw->PopClipRect();
        ImGui::Dummy(ImVec2(avail.x, max.y - min.y));
        if (cue) {
            ImGui::Text("%s%s", cue->name.c_str(), cue->heard.empty() ? "" : ("  " + cue->heard).c_str());
            ImGui::TextWrapped("%s", cue->seen.c_str());
        } else {
            ImGui::TextWrapped("Select an episode to see its cues, or pick any cue in the catalog.");
        }
    }
    ImGui::End();
}

}  // namespace editor
