// Draws the baby and its setting through the render module (or a clearly temporary placeholder
// while that module is being written).
#pragma once

#include <imgui.h>

#include <string>

#include "core/depiction.h"
#include "core/enums.h"
#include "core/handling.h"
#include "core/level_def.h"

namespace app {

/// What to draw.
struct BabyViewDef {
    core::DepictionDef depiction;
    core::BodyPose pose;
    bool hasPose = false;
    core::BabyState state = core::BabyState::QuietAlert;
    bool held = false;
    bool headSupported = true;
    int ageWeeks = 6;
    bool reduceMotion = false;
    bool colourBlindSafe = false;
    std::string action;  ///< id of the response being done, drawn as its action ("" none)
};

/// Whether the baby lies in the cot (so the room draws one): false when its place or the response
/// being done puts it in arms, on a mat, a sofa, a car seat …
bool showsCot(const BabyViewDef& look);

/// Draws the room for a level's setting into [minPx, maxPx].
void drawSetting(ImDrawList* draw, ImVec2 minPx, ImVec2 maxPx, const core::SettingDef& setting,
                 float extraNoise, bool held, bool reduceMotion, double timeS);
/// Draws the baby centred at centerPx, heightPx tall.
void drawBabyAt(ImDrawList* draw, ImVec2 centerPx, float heightPx, const BabyViewDef& look, double timeS);

}  // namespace app
