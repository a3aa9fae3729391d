// Drawing the body parts of the rig: torso, limbs, hands, head, a toy, the caregiver's arms.
#pragma once

#include <imgui.h>

#include "render/baby_rig.h"
#include "render/palette.h"

namespace render {

/// The sleepsuit-covered torso along neck-hips, rising with each breath.
void drawTorso(ImDrawList* d, const Rig& r, const Palette& p);
/// One leg (cloth) with a bare foot.
void drawLeg(ImDrawList* d, const Rig& r, int i, const Palette& p, bool far);
/// One arm (sleeve) without the hand.
void drawArm(ImDrawList* d, const Rig& r, int i, const Palette& p, bool far);
/// One hand at the end of the arm, shaped by the depiction's hands.
void drawHand(ImDrawList* d, const Rig& r, int i, core::Hands hands, const Palette& p, const Anim& an);
/// A soft ring rattle held in the screen-right hand.
void drawToy(ImDrawList* d, const Rig& r);
/// The caregiver's forearm under the baby and, when supported, a hand cradling the head.
void drawCaregiverBehind(ImDrawList* d, const Rig& r, bool headSupported);
/// Motion marks for a still frame: kicks, jerks, shivers, startles, fast breathing, hiccups.
void drawMotionMarks(ImDrawList* d, const Rig& r, const BabyLook& look, const Anim& an);
/// Small sound marks near the mouth: coo notes, cry bursts, grunts (captions say the rest).
void drawVoiceMarks(ImDrawList* d, const Rig& r, const BabyLook& look, const Anim& an, ImVec2 mouthPx);

}  // namespace render
