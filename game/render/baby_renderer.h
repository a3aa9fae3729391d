// The baby on screen: face, body, limbs and skin drawn procedurally into an ImGui draw list.
#pragma once

#include <string>

#include <imgui.h>

#include "core/depiction.h"
#include "core/enums.h"
#include "core/handling.h"

namespace render {

/// Everything needed to draw the baby this frame.
struct BabyLook {
    core::DepictionDef depiction;  ///< from Observation::look (or a cue's depiction in the Cue Library)
    core::BodyPose pose;           ///< from Simulation::pose(); drawn when hasPose and held (in the
                                   ///< cot the kinematic pose follows the depiction, drawn from above)
    bool hasPose = false;
    core::BabyState state = core::BabyState::QuietAlert;
    bool held = false;             ///< in the caregiver's arms (draw arms/hands; head support visible)
    bool headSupported = true;
    int ageWeeks = 6;              ///< proportions and what it can do (tears only after ~1-3 months)
    bool reduceMotion = false;     ///< accessibility: smaller, slower motion
    bool colourBlindSafe = false;  ///< flush and pallor also shown as texture, not colour alone
    std::string action;            ///< id of the response being done ("feed", "burp" …), "" when none
};

/// Whether this look shows the baby lying in the cot (so the room draws the cot); false when a
/// place or the response being done puts the baby in arms, on a mat, a sofa, a car seat …
bool showsCot(const BabyLook& look);

/// Draws the baby centred at centerPx, about heightPx tall; timeS (seconds, any clock) drives
/// breathing, blinks, sucking, kicking cycles.
void drawBaby(ImDrawList* draw, ImVec2 centerPx, float heightPx, const BabyLook& look, double timeS);

}  // namespace render
