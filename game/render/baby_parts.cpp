// Torso, limbs and hands: short, tapering, chubby limbs with creases (SENSORY §5); hands as
// fists with knuckles, relaxed curls, open fans or splayed stars (SENSORY §4.7).
#include <algorithm>
#include <cmath>

#include "render/baby_parts.h"
#include "render/shapes.h"

namespace render {

using core::Hands;

void drawTorso(ImDrawList* d, const Rig& r, const Palette& p) {
    const ImVec2 axis = sub(r.hips, r.neck);
    const float len = length(axis);
    const float ang = std::atan2(axis.y, axis.x);
    const ImVec2 c = lerp2(r.neck, r.hips, 0.5f);
    const float hl = len * 0.5f + r.unitPx * 0.04f, hw = r.torsoHalfWidthPx;
    fillEllipse(d, add(c, ImVec2(r.unitPx * 0.008f, r.unitPx * 0.012f)), ImVec2(hl, hw), ang, withAlpha(p.clothShade, 0.9f));
    fillEllipse(d, c, ImVec2(hl * 0.98f, hw * 0.97f), ang, p.cloth);
    fillEllipse(d, add(c, rotate(ImVec2(-hl * 0.15f, -hw * 0.3f), ang)), ImVec2(hl * 0.6f, hw * 0.45f), ang, withAlpha(p.clothLight, 0.6f));
    if (r.prone) {  // the back: a seam down the spine and the nappy's rounded bump at the bottom
        strokeQuad(d, lerp2(r.neck, r.hips, 0.1f), lerp2(r.neck, r.hips, 0.5f), lerp2(r.neck, r.hips, 0.75f), p.clothShade,
                   std::max(1.0f, r.unitPx * 0.006f));
        fillEllipse(d, lerp2(r.neck, r.hips, 0.92f), ImVec2(hw * 0.75f, hl * 0.3f), ang + 1.5708f, withAlpha(p.clothLight, 0.8f));
        return;
    }
    // Collar and poppers down the front.
    const ImVec2 n = lerp2(r.neck, r.hips, 0.06f);
    strokeArc(d, n, r.unitPx * 0.05f, ang + 1.2f, ang + 5.08f, p.clothShade, std::max(1.0f, r.unitPx * 0.008f));
    for (int k = 1; k <= 3; ++k) d->AddCircleFilled(lerp2(r.neck, r.hips, 0.25f + 0.2f * k), r.unitPx * 0.008f, p.clothLight);
}

void drawLeg(ImDrawList* d, const Rig& r, int i, const Palette& p, bool far) {
    const LimbPx& l = r.legs[i];
    const float u = r.unitPx;
    const ImU32 c = far ? p.clothShade : p.cloth;
    const float o = std::max(1.0f, u * 0.006f);  // a soft outline so limbs read over the body
    fillCapsule(d, l.root, l.joint, u * 0.062f + o, u * 0.05f + o, p.clothShade);
    fillCapsule(d, l.joint, l.end, u * 0.05f + o, u * 0.04f + o, p.clothShade);
    fillCapsule(d, l.root, l.joint, u * 0.062f, u * 0.05f, c);
    fillCapsule(d, l.joint, l.end, u * 0.05f, u * 0.04f, c);
    if (r.standing) {  // front view of a foot flat on the floor, toes turned a little out
        const ImVec2 foot(l.end.x + (i == 0 ? -1.0f : 1.0f) * u * 0.012f, r.floorY - u * 0.02f);
        fillEllipse(d, foot, ImVec2(u * 0.052f, u * 0.026f), 0.0f, p.skinShade);
        fillEllipse(d, add(foot, ImVec2(0, -u * 0.004f)), ImVec2(u * 0.048f, u * 0.022f), 0.0f, p.skin);
        return;
    }
    // Bare foot, toes pointing away from the knee.
    const ImVec2 dir = sub(l.end, l.joint);
    const float a = std::atan2(dir.y, dir.x);
    const ImVec2 foot = add(l.end, rotate(ImVec2(u * 0.03f, 0), a));
    fillEllipse(d, foot, ImVec2(u * 0.048f, u * 0.034f), a, far ? p.skinShade : p.skin);
    if (r.prone) {  // on the tummy the soles face up: a paler sole and a row of toes
        fillEllipse(d, add(foot, rotate(ImVec2(-u * 0.004f, 0), a)), ImVec2(u * 0.034f, u * 0.022f), a, p.skinLight);
        for (int k = -2; k <= 2; ++k)
            d->AddCircleFilled(add(foot, rotate(ImVec2(u * 0.045f - std::abs(k) * u * 0.004f, k * u * 0.012f), a)), u * 0.008f,
                               p.skinShade);
    }
}

void drawArm(ImDrawList* d, const Rig& r, int i, const Palette& p, bool far) {
    const LimbPx& l = r.arms[i];
    const float u = r.unitPx;
    const ImU32 c = far ? p.clothShade : p.cloth;
    const float o = std::max(1.0f, u * 0.006f);
    fillCapsule(d, l.root, l.joint, u * 0.045f + o, u * 0.038f + o, p.clothShade);
    fillCapsule(d, l.joint, l.end, u * 0.038f + o, u * 0.032f + o, p.clothShade);
    fillCapsule(d, l.root, l.joint, u * 0.045f, u * 0.038f, c);
    fillCapsule(d, l.joint, l.end, u * 0.038f, u * 0.032f, c);
    d->AddCircleFilled(l.end, u * 0.034f, p.clothShade);  // cuff
}

namespace {
void finger(ImDrawList* d, ImVec2 base, float ang, float len, float w, ImU32 col) {
    fillCapsule(d, base, add(base, ImVec2(std::cos(ang) * len, std::sin(ang) * len)), w, w * 0.85f, col);
}

void fist(ImDrawList* d, ImVec2 c, float a, float u, const Palette& p) {
    d->AddCircleFilled(c, u * 0.04f, p.skinShade);
    d->AddCircleFilled(add(c, ImVec2(-u * 0.003f, -u * 0.004f)), u * 0.037f, p.skin);
    for (int k = -1; k <= 1; ++k) {  // knuckles
        const ImVec2 kc = add(c, rotate(ImVec2(u * 0.024f, u * 0.014f * k), a));
        d->AddCircle(kc, u * 0.011f, p.lineSoft, 10, std::max(1.0f, u * 0.004f));
    }
    strokeQuad(d, add(c, rotate(ImVec2(-u * 0.015f, -u * 0.03f), a)), add(c, rotate(ImVec2(u * 0.01f, -u * 0.01f), a)),
               add(c, rotate(ImVec2(u * 0.02f, u * 0.01f), a)), p.line, std::max(1.0f, u * 0.005f));
}

void openHand(ImDrawList* d, ImVec2 c, float a, float u, const Palette& p, float spread, float len) {
    d->AddCircleFilled(c, u * 0.036f, p.skin);
    for (int k = 0; k < 4; ++k) {
        const float fa = a + spread * (static_cast<float>(k) / 3.0f - 0.5f);
        finger(d, add(c, ImVec2(std::cos(fa) * u * 0.02f, std::sin(fa) * u * 0.02f)), fa, u * len, u * 0.011f, p.skin);
    }
    const float ta = a - spread * 0.5f - 0.9f;  // thumb
    finger(d, add(c, ImVec2(std::cos(ta) * u * 0.015f, std::sin(ta) * u * 0.015f)), ta, u * len * 0.8f, u * 0.012f, p.skin);
}

void relaxedHand(ImDrawList* d, ImVec2 c, float a, float u, const Palette& p) {
    fillEllipse(d, add(c, rotate(ImVec2(u * 0.012f, 0), a)), ImVec2(u * 0.045f, u * 0.036f), a, p.skin);
    strokeArc(d, add(c, rotate(ImVec2(u * 0.03f, 0), a)), u * 0.02f, a - 1.2f, a + 1.2f, p.lineSoft, std::max(1.0f, u * 0.004f));
}
}  // namespace

void drawHand(ImDrawList* d, const Rig& r, int i, Hands hands, const Palette& p, const Anim& an) {
    const float u = r.unitPx * (r.pushing ? 1.5f : 1.0f);  // pushed toward the viewer: bigger
    const float a = r.pushing ? -1.5708f : r.handAngleRad[i];
    const ImVec2 c = add(r.arms[i].end, ImVec2(std::cos(a) * u * 0.03f, std::sin(a) * u * 0.03f));
    switch (hands) {
        case Hands::Fists:
        case Hands::RubEyes:
        case Hands::ToMouth: fist(d, c, a, u, p); break;
        case Hands::Open:
        case Hands::Reach: openHand(d, c, a, u, p, 1.0f, 0.038f); break;
        case Hands::Splayed: openHand(d, c, a, u, p, 2.1f, 0.05f); break;
        case Hands::ToEar: (i == 1 ? openHand(d, c, a, u, p, 0.8f, 0.035f) : relaxedHand(d, c, a, u, p)); break;
        case Hands::HoldToy: fist(d, c, a, u, p); break;
        default: relaxedHand(d, c, a, u, p); break;
    }
    (void)an;
}

void drawToy(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    const ImVec2 h = r.arms[1].end;
    const ImVec2 ring = add(h, ImVec2(u * 0.03f, -u * 0.09f));
    d->AddLine(h, ring, IM_COL32(240, 196, 92, 255), u * 0.02f);
    d->AddCircle(ring, u * 0.055f, IM_COL32(236, 128, 110, 255), 28, u * 0.022f);
    d->AddCircleFilled(add(ring, ImVec2(0, -u * 0.055f)), u * 0.022f, IM_COL32(120, 170, 220, 255));
    d->AddCircleFilled(add(ring, ImVec2(u * 0.055f, 0)), u * 0.018f, IM_COL32(240, 196, 92, 255));
    d->AddCircleFilled(add(ring, ImVec2(-u * 0.055f, 0)), u * 0.018f, IM_COL32(150, 200, 150, 255));
}

void drawCaregiverBehind(ImDrawList* d, const Rig& r, bool headSupported) {
    // A cradle hold: the parent's arm comes down from their shoulder, the baby's head rests in the
    // crook of the elbow and the forearm runs along the back to a hand under the bottom. Without
    // head support the elbow slips down to the back and the head hangs past it.
    const float u = r.unitPx;
    ImVec2 axis = sub(r.hips, r.neck);
    const float len = std::max(length(axis), 1.0f);
    axis = mul(axis, 1.0f / len);
    ImVec2 under(-axis.y, axis.x);
    if (under.y < 0.0f) under = mul(under, -1.0f);
    const ImVec2 elbow = headSupported ? add(r.head, add(mul(under, r.headR * 0.85f), mul(axis, -r.headR * 0.3f)))
                                       : add(lerp2(r.neck, r.hips, 0.35f), mul(under, r.torsoHalfWidthPx * 0.9f));
    const ImVec2 hand = add(add(r.hips, mul(axis, u * 0.06f)), mul(under, r.torsoHalfWidthPx * 0.7f));
    const ImVec2 shoulder = add(elbow, ImVec2(u * 0.12f, -u * 0.5f));
    fillCapsule(d, shoulder, elbow, u * 0.085f, u * 0.08f, adult::kSleeveShade);  // upper arm, behind the head
    fillCapsule(d, elbow, hand, u * 0.075f, u * 0.062f, adult::kSkinShade);
    fillCapsule(d, elbow, hand, u * 0.07f, u * 0.058f, adult::kSkin);
    fillCapsule(d, add(elbow, mul(sub(hand, elbow), -0.05f)), add(elbow, mul(sub(hand, elbow), 0.18f)), u * 0.085f, u * 0.08f, adult::kSleeve);  // cuff
    fillEllipse(d, hand, ImVec2(u * 0.08f, u * 0.055f), std::atan2(axis.y, axis.x), adult::kSkin);
    for (int k = 0; k < 3; ++k) {  // fingertips curling round the thigh
        const ImVec2 base = add(hand, mul(axis, u * (0.03f * k - 0.02f)));
        fillCapsule(d, base, add(base, add(mul(under, -u * 0.07f), mul(axis, u * 0.02f))), u * 0.018f, u * 0.015f, k % 2 ? adult::kSkin : adult::kSkinShade);
    }
}

}  // namespace render
