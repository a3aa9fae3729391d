// The skeletons that are not the lying front view: the Box2D pose (metres mapped to pixels around
// the torso), an older baby crawling away on hands and knees, arching, and standing.
#include <algorithm>
#include <cmath>

#include "render/baby_rig.h"
#include "render/shapes.h"

namespace render {

namespace {
using Part = core::BodyPose::Part;
constexpr float kBodyLengthM = 0.58f;  // crown to heel of the Box2D body, stretched out

struct PoseMap {
    ImVec2 c;
    float k;
    float tx, ty;
    ImVec2 at(float x, float y) const { return ImVec2(c.x + (x - tx) * k, c.y - (y - ty) * k); }
};

/// The two ends of a part along its local x axis, in pixels (proximal end first).
void ends(const core::BodyPose& p, Part part, float halfLenM, const PoseMap& m, ImVec2& a, ImVec2& b) {
    const float cs = std::cos(p.angleRad[part]), sn = std::sin(p.angleRad[part]);
    a = m.at(p.xM[part] - cs * halfLenM, p.yM[part] - sn * halfLenM);
    b = m.at(p.xM[part] + cs * halfLenM, p.yM[part] + sn * halfLenM);
}
/// Points each hand along its forearm.
void aimHands(Rig& r) {
    for (int i = 0; i < 2; ++i) {
        const ImVec2 fa = sub(r.arms[i].end, r.arms[i].joint);
        r.handAngleRad[i] = std::atan2(fa.y, fa.x);
    }
}
}  // namespace

Rig rigFromPose(const BabyLook& look, const Anim& an, ImVec2 c, float u) {
    const core::BodyPose& p = look.pose;
    const PoseMap m{c, u / kBodyLengthM, p.xM[Part::Torso], p.yM[Part::Torso]};
    Rig r = rigFromDepiction(look, an, c, u);  // face pose, toy, widths
    ImVec2 a, b;
    ends(p, Part::Torso, 0.105f, m, a, b);
    r.neck = a;
    r.hips = b;
    r.head = m.at(p.xM[Part::Head], p.yM[Part::Head]);
    r.headR = 0.07f * m.k * 1.05f;
    // The head's local +x points at the neck, so the crown is along -x; screen y is flipped.
    const float ha = p.angleRad[Part::Head];
    const ImVec2 crown(-std::cos(ha), std::sin(ha));
    // Keep the face within ~60 degrees of upright so it stays readable; the head's position and
    // its lag behind the torso still come from the physics.
    r.headRollRad = std::clamp(std::atan2(crown.x, -crown.y), -1.05f, 1.05f);
    const Part upper[2] = {Part::UpperArmL, Part::UpperArmR}, fore[2] = {Part::ForearmL, Part::ForearmR};
    const Part thigh[2] = {Part::ThighL, Part::ThighR}, shin[2] = {Part::ShinL, Part::ShinR};
    for (int i = 0; i < 2; ++i) {
        ImVec2 s0, s1, f0, f1;
        ends(p, upper[i], 0.04f, m, s0, s1);
        ends(p, fore[i], 0.04f, m, f0, f1);
        r.arms[i] = {s0, lerp2(s1, f0, 0.5f), f1};
        ends(p, thigh[i], 0.05f, m, s0, s1);
        ends(p, shin[i], 0.05f, m, f0, f1);
        r.legs[i] = {s0, lerp2(s1, f0, 0.5f), f1};
    }
    r.torsoHalfWidthPx = 0.075f * m.k * (1.0f + 0.035f * an.breath * an.amp);
    aimHands(r);
    return r;
}

Rig rigForCrawl(const BabyLook& look, const Anim& an, ImVec2 c, float u) {
    Rig r;
    r.unitPx = u;
    r.crawling = true;
    const float t = static_cast<float>(an.t);
    const float step = look.depiction.motion > 0.3f ? std::sin(t * 3.0f) * 0.03f * an.amp : 0.0f;
    auto at = [&](float x, float y) { return ImVec2(c.x + x * u, c.y + y * u); };
    r.neck = at(0.13f, 0.0f);
    r.hips = at(-0.17f, 0.02f);
    r.torsoHalfWidthPx = 0.125f * u * (1.0f + 0.03f * an.breath * an.amp);
    r.head = at(0.27f, -0.15f);
    r.headR = 0.14f * u;
    r.yaw = -0.45f;  // glancing back over the shoulder at the caregiver
    r.headRollRad = -0.1f;
    for (int i = 0; i < 2; ++i) {
        const float s = i == 0 ? 1.0f : -1.0f;  // far side first
        const float off = i == 0 ? 0.03f : 0.0f;
        r.arms[i] = {at(0.12f + off, 0.02f), at(0.14f + off + s * step * 0.5f, 0.14f), at(0.16f + off + s * step, 0.27f)};
        r.legs[i] = {at(-0.16f + off, 0.05f), at(-0.10f + off - s * step, 0.26f), at(-0.32f + off - s * step, 0.26f)};
        r.handAngleRad[i] = 1.57f;
    }
    r.toyInHand = false;
    return r;
}

Rig rigForArch(const BabyLook& look, const Anim& an, ImVec2 c, float u) {
    // Lying on its back seen from the side: head pressed back on the mattress at the left, chest
    // lifted in a bow, legs stiff and straight to the right, fists up by the head.
    Rig r;
    r.unitPx = u;
    const float t = static_cast<float>(an.t);
    const float lift = 0.04f + 0.02f * std::sin(t * 2.1f) * an.amp;
    auto at = [&](float x, float y) { return ImVec2(c.x + x * u, c.y + y * u); };
    r.head = at(-0.28f, 0.02f);
    r.headR = 0.16f * u;
    r.headRollRad = -2.1f;  // crown down and back toward the mattress, chin up
    r.pitch = 0.5f;
    r.yaw = 0.0f;
    r.neck = at(-0.15f, -0.06f - lift);
    r.hips = at(0.14f, -0.02f - lift * 0.5f);
    r.torsoHalfWidthPx = 0.12f * u * (1.0f + 0.03f * an.breath * an.amp);
    // Rubbing the eyes while arching: both fists on the eyes of the tipped-back face, circling.
    const bool rub = look.depiction.hands == core::Hands::RubEyes;
    const float rx = 0.008f * std::cos(t * 10.0f) * an.amp, ry = 0.008f * std::sin(t * 10.0f) * an.amp;
    const ImVec2 eyes[2] = {at(-0.322f + rx, -0.024f + ry), at(-0.263f - rx, 0.078f - ry)};
    for (int i = 0; i < 2; ++i) {
        const float off = i == 0 ? -0.02f : 0.0f;
        r.legs[i] = {at(0.15f, 0.0f + off), at(0.3f, 0.07f + off), at(0.46f, 0.14f + off)};
        r.arms[i] = {at(-0.1f, -0.08f + off), at(-0.07f + 0.03f * i, -0.2f + off), at(-0.16f + 0.04f * i, -0.27f + off)};
        if (rub) r.arms[i] = {at(-0.1f, -0.08f + off), at(-0.12f + 0.04f * i, -0.2f + 0.1f * i), eyes[i]};
    }
    aimHands(r);
    return r;
}

Rig rigForStanding(const BabyLook& look, const Anim& an, ImVec2 c, float u) {
    // An older baby on its feet, front view, a little left of centre so whoever it stands by fits
    // on the right; chin up to look at a standing adult; arms straight up when reaching to be held.
    Rig r;
    r.unitPx = u;
    r.standing = true;
    const float t = static_cast<float>(an.t);
    const float bob = 0.006f * std::sin(t * 5.0f) * an.amp * look.depiction.motion;
    auto at = [&](float x, float y) { return ImVec2(c.x + x * u, c.y + (y + bob) * u); };
    r.head = at(-0.1f, -0.3f);
    r.headR = 0.14f * u;
    r.pitch = 0.2f;
    r.yaw = 0.2f;
    r.neck = at(-0.1f, -0.15f);
    r.hips = at(-0.1f, 0.08f);
    r.torsoHalfWidthPx = 0.11f * u * (1.0f + 0.03f * an.breath * an.amp);
    r.floorY = c.y + 0.43f * u;
    const bool reach = look.depiction.hands == core::Hands::Reach;
    for (int i = 0; i < 2; ++i) {
        const float s = i == 0 ? -1.0f : 1.0f;
        r.legs[i] = {at(-0.1f + s * 0.05f, 0.08f), at(-0.1f + s * 0.065f, 0.24f), at(-0.1f + s * 0.07f, 0.39f)};
        if (reach)  // "pick me up": both arms straight up
            r.arms[i] = {at(-0.1f + s * 0.09f, -0.12f), at(-0.1f + s * 0.14f, -0.27f), at(-0.1f + s * 0.15f, -0.43f)};
        else
            r.arms[i] = {at(-0.1f + s * 0.09f, -0.12f), at(-0.1f + s * 0.14f, -0.02f), at(-0.1f + s * 0.15f, 0.08f)};
    }
    aimHands(r);
    return r;
}

}  // namespace render
