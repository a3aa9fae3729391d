// Drawing the body parts of the rig: torso, limbs, hands, head, a toy, the caregiver's arms.
#pragma once

#include <imgui.h>

#include "render/baby_rig.h"
#include "render/baby_scene.h"
#include "render/palette.h"

namespace render {

struct FaceFrame;

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
/// The back of the head with the face turned to one side, for a baby lying on its tummy.
void drawHeadFromBehind(ImDrawList* d, const Rig& r, const BabyLook& look, const Palette& p);
/// Whether the context shows the nappy, so the legs are drawn bare.
bool showsBareLegs(const core::DepictionDef& d);
/// The context behind the baby: a car seat's shell and handle, the caregiver's legs.
void drawContextBehind(ImDrawList* d, const Rig& r, const BabyLook& look);
/// The context on the body, over the torso and under the arms: a harness, the nappy.
void drawContextOnBody(ImDrawList* d, const Rig& r, const BabyLook& look, const Palette& p);
/// The context in front: soft bedding and a toy, the caregiver's fists or checking hand.
void drawContextFront(ImDrawList* d, const Rig& r, const BabyLook& look, const Anim& an);
/// Small sound marks near the mouth: coo notes, cry bursts, grunts (captions say the rest).
void drawVoiceMarks(ImDrawList* d, const Rig& r, const BabyLook& look, const Anim& an, ImVec2 mouthPx);
/// An adult hand resting with its palm at `palm`, the forearm coming from `from`, fingers along
/// fingersAngle (radians).
void adultHandOn(ImDrawList* d, ImVec2 palm, ImVec2 from, float u, float fingersAngle);

/// The place behind the baby: changing mat, sofa, adult bed, the adult at whose shoulder or breast
/// the baby is, a bare adult chest for skin to skin.
void drawPlaceBehind(ImDrawList* d, const Rig& r, const Staged& s);
/// The place over the baby's body, under its head: the adult's shoulder and back when winding.
void drawPlaceOverBody(ImDrawList* d, const Rig& r, const Staged& s);
/// The place in front of the face: a bottle and the hand holding it; the patting hand.
void drawPlaceFront(ImDrawList* d, const Rig& r, const Staged& s, const Anim& an);
/// Whether the wrap hides the legs (swaddle, sleep bag) or the arms too (swaddle).
bool wrapHidesLegs(core::Wrap w);
/// A swaddle, sleep bag or loose blanket over the body (after the torso, before the head).
void drawWrap(ImDrawList* d, const Rig& r, const BabyLook& look, const Anim& an);
/// Marks on the body a caption names: chest in-drawing, a rash and the glass pressed on it, a
/// thermometer under the arm, the day's few wet nappies.
void drawBodyMarks(ImDrawList* d, const Rig& r, const BabyLook& look, const Anim& an, const Palette& p);
/// Marks on the face: blue or dry lips, milk or green vomit at the mouth, a heat rash at the neck.
void drawFaceMarks(ImDrawList* d, const Rig& r, const BabyLook& look, const Anim& an, const Palette& p);
/// What the caregiver is seen doing behind the baby (a leaning face, lowering hands).
void drawActBehind(ImDrawList* d, const Rig& r, const Staged& s, const Anim& an);
/// What the caregiver is seen doing in front (a hand on the chest, a toy, notes, a phone).
void drawActFront(ImDrawList* d, const Rig& r, const Staged& s, const Anim& an);
/// The face frame of the rig's head.
FaceFrame faceFrameOf(const Rig& r);

}  // namespace render
