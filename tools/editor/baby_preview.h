// Draws a cue on the baby in its room with the game's own renderer (render::drawBaby), or a
// clearly labelled placeholder while the renderer is not built.
#pragma once

#include <imgui.h>

#include "core/depiction.h"
#include "core/enums.h"
#include "core/level_def.h"

namespace editor {

/// What to draw in the preview.
struct PreviewLook {
    core::DepictionDef depiction;
    core::BabyState state = core::BabyState::QuietAlert;
    int ageWeeks = 6;
    bool held = false;
};

/// Draws the level's room and the baby filling [minPx, maxPx]; timeS drives breathing and blinks.
void drawPreview(ImDrawList* draw, ImVec2 minPx, ImVec2 maxPx, const core::SettingDef& setting,
                 const PreviewLook& look, double timeS);

}  // namespace editor
