// Where each part of the baby is this frame, in screen pixels: from the depiction or the Box2D pose.
#pragma once

#include <array>

#include <imgui.h>

#include "render/baby_renderer.h"

namespace render {

/// One two-segment limb: root (shoulder/hip), joint (elbow/knee), end (wrist/ankle).
struct LimbPx {
    ImVec2 root, joint, end;
};

/// The skeleton to draw, all in screen pixels. Index 0 is the screen-left side, 1 the screen-right.
struct Rig {
    float unitPx = 100.0f;     ///< heightPx: every size scales with it
    ImVec2 head;               ///< head centre
    float headR = 10.0f;       ///< head radius
    float headRollRad = 0.0f;  ///< 0 = crown straight up on screen
    float yaw = 0.0f;          ///< face turned toward screen right (+) or left (-), -1..1
    float pitch = 0.0f;        ///< head tipped back (+, chin up) or down (-), -1..1
    ImVec2 neck, hips;         ///< ends of the torso axis
    float torsoHalfWidthPx = 10.0f;
    std::array<LimbPx, 2> arms{}, legs{};
    std::array<float, 2> handAngleRad{};  ///< direction the hand points (along the forearm)
    bool crawling = false;     ///< older baby on hands and knees, seen from the side
    bool toyInHand = false;    ///< a toy in the screen-right hand
    bool arching = false;      ///< side view, back lifted off the mattress
    bool kneesUp = false;      ///< legs drawn up over the tummy (drawn in front of it)
    bool pushing = false;      ///< arms pushed out toward the viewer (hands drawn larger)
    bool prone = false;        ///< lying on the tummy seen from above: back of the head, soles up
    bool standing = false;     ///< an older baby on its feet, front view, feet on the floor
    bool lying = false;        ///< lying flat (cot, mat, sofa, bed) seen from above, head to the left
    float floorY = 0.0f;       ///< where the standing baby's feet meet the floor, px
};

/// Per-frame animation values shared by the rig, face and body.
struct Anim {
    double t = 0.0;        ///< seconds, slowed when reduceMotion
    float amp = 1.0f;      ///< motion amplitude scale (smaller when reduceMotion)
    float breath = 0.0f;   ///< 0..1 chest rise
    float blink = 0.0f;    ///< 0 open .. 1 lids shut for a blink
    float suck = 0.0f;     ///< 0..1 jaw during a sucking burst
    float yawn = 0.0f;     ///< 0..1 yawn openness
    float cry = 0.0f;      ///< 0..1 mouth on the cry's expiration
    float hic = 0.0f;      ///< 0..1 jolt of a hiccup
};

/// The animation values for this look at time timeS.
Anim makeAnim(const BabyLook& look, double timeS);
/// The skeleton from the depiction's posture, hands and limbs (no physics).
Rig rigFromDepiction(const BabyLook& look, const Anim& anim, ImVec2 centerPx, float heightPx);
/// The skeleton from the Box2D pose, mapped metres to pixels around the torso.
Rig rigFromPose(const BabyLook& look, const Anim& anim, ImVec2 centerPx, float heightPx);
/// The skeleton of an older baby crawling away on hands and knees, glancing back (side view).
Rig rigForCrawl(const BabyLook& look, const Anim& anim, ImVec2 centerPx, float heightPx);
/// The skeleton of a baby arching its back, lying on its back seen from the side.
Rig rigForArch(const BabyLook& look, const Anim& anim, ImVec2 centerPx, float heightPx);
/// The skeleton of an older baby standing, front view; arms straight up when reaching to be held.
Rig rigForStanding(const BabyLook& look, const Anim& anim, ImVec2 centerPx, float heightPx);
/// Cheap deterministic hash noise in [0,1) for integer n and a salt.
float hashNoise(int n, int salt);

}  // namespace render
