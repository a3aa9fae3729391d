// What the caregiver is seen doing while a response runs (render::Act): a face leaning in to talk,
// sing or share delight, a cupped hand shushing, a toy offered or steadied, a hand on the chest to
// check, hands lowering the baby onto its back, a dummy, a phone to get help, legs stepping away.
// Adults are drawn as simple, warm silhouettes at the edge of the picture.
#include <algorithm>
#include <cmath>

#include "render/baby_parts.h"
#include "render/face_frame.h"
#include "render/shapes.h"

namespace render {

namespace {
const ImU32 kMark = IM_COL32(120, 96, 90, 170);

ImVec2 bodyCentre(const Rig& r) { return lerp2(r.neck, r.hips, 0.5f); }
float lineW(const Rig& r) { return std::max(1.2f, r.unitPx * 0.009f); }

/// An adult's head in profile at the upper right, looking down at the baby.
ImVec2 leaningFace(ImDrawList* d, const Rig& r, bool smile, float scale) {
    const float u = r.unitPx * scale;
    const ImVec2 c(r.head.x + r.unitPx * 0.62f, r.head.y - r.unitPx * 0.3f);
    fillEllipse(d, add(c, ImVec2(u * 0.05f, -u * 0.04f)), ImVec2(u * 0.17f, u * 0.19f), -0.3f, adult::kHair, 32);
    fillEllipse(d, add(c, ImVec2(-u * 0.03f, u * 0.03f)), ImVec2(u * 0.13f, u * 0.16f), -0.3f, adult::kSkin, 32);  // the face side
    fillEllipse(d, add(c, ImVec2(u * 0.06f, u * 0.04f)), ImVec2(u * 0.03f, u * 0.045f), 0.0f, adult::kSkinShade);  // ear
    d->AddCircleFilled(add(c, ImVec2(-u * 0.15f, u * 0.03f)), u * 0.03f, adult::kSkin);  // nose
    d->AddCircleFilled(add(c, ImVec2(-u * 0.08f, -u * 0.0f)), u * 0.014f, IM_COL32(60, 44, 40, 255));  // eye
    const ImVec2 mouth = add(c, ImVec2(-u * 0.11f, u * 0.1f));
    if (smile) strokeArc(d, add(mouth, ImVec2(0, -u * 0.03f)), u * 0.04f, 0.6f, 2.6f, IM_COL32(150, 70, 70, 255), std::max(1.0f, u * 0.012f));
    else d->AddLine(mouth, add(mouth, ImVec2(u * 0.04f, 0)), IM_COL32(150, 70, 70, 255), std::max(1.0f, u * 0.012f));
    return mouth;
}

void speech(ImDrawList* d, const Rig& r, ImVec2 from) {
    for (int k = 0; k < 3; ++k) strokeArc(d, from, r.unitPx * (0.06f + 0.045f * k), 2.3f, 3.0f, kMark, lineW(r));
}

void notes(ImDrawList* d, const Rig& r, ImVec2 from, const Anim& an) {
    const float u = r.unitPx;
    for (int k = 0; k < 3; ++k) {
        const float bob = 0.012f * std::sin(static_cast<float>(an.t) * 3.0f + k) * an.amp;
        const ImVec2 n = add(from, ImVec2(-u * (0.1f + 0.1f * k), u * (0.02f - 0.05f * (k % 2) + bob)));
        fillEllipse(d, n, ImVec2(u * 0.022f, u * 0.016f), -0.4f, IM_COL32(110, 96, 150, 230), 12);
        d->AddLine(add(n, ImVec2(u * 0.02f, 0)), add(n, ImVec2(u * 0.02f, -u * 0.07f)), IM_COL32(110, 96, 150, 230), lineW(r));
    }
}

void sparkles(ImDrawList* d, const Rig& r) {
    for (int k = 0; k < 3; ++k) {
        const ImVec2 c = add(r.head, ImVec2(r.headR * (1.3f + 0.2f * k), -r.headR * (0.9f - 0.7f * k)));
        const float s = r.unitPx * 0.025f;
        d->AddLine(sub(c, ImVec2(s, 0)), add(c, ImVec2(s, 0)), IM_COL32(236, 170, 60, 230), lineW(r));
        d->AddLine(sub(c, ImVec2(0, s)), add(c, ImVec2(0, s)), IM_COL32(236, 170, 60, 230), lineW(r));
    }
}

void shush(ImDrawList* d, const Rig& r, const Anim& an) {
    const float u = r.unitPx;
    const ImVec2 hand = add(r.head, ImVec2(r.headR * 0.4f, -r.headR * 1.9f));
    adultHandOn(d, hand, add(hand, ImVec2(u * 0.25f, -u * 0.15f)), u, 2.2f);
    const float swell = 0.6f + 0.4f * std::sin(static_cast<float>(an.t) * 9.0f);
    for (int k = 0; k < 3; ++k) {  // "shh": soft wavy lines toward the ear
        const ImVec2 a = add(hand, ImVec2(-u * (0.1f + 0.04f * k), u * (0.04f + 0.04f * k)));
        strokeQuad(d, a, add(a, ImVec2(-u * 0.03f, u * 0.03f)), add(a, ImVec2(-u * 0.01f, u * 0.07f)), withAlpha(kMark, swell), lineW(r));
    }
}

void rattle(ImDrawList* d, ImVec2 c, float u) {
    d->AddCircle(c, u * 0.05f, IM_COL32(236, 150, 90, 255), 20, u * 0.018f);
    d->AddCircleFilled(add(c, ImVec2(u * 0.05f, 0)), u * 0.022f, IM_COL32(240, 200, 90, 255));
}

void toyInAdultHand(ImDrawList* d, const Rig& r, ImVec2 at, const Anim& an, bool shake) {
    const float u = r.unitPx;
    const float j = shake ? 0.02f * std::sin(static_cast<float>(an.t) * 14.0f) * an.amp : 0.0f;
    const ImVec2 toy = add(at, ImVec2(j * u, 0));
    rattle(d, toy, u);
    adultHandOn(d, add(toy, ImVec2(u * 0.05f, u * 0.05f)), add(toy, ImVec2(u * 0.3f, u * 0.25f)), u, -2.4f);
    if (shake)
        for (int s = -1; s <= 1; s += 2) d->AddLine(add(toy, ImVec2(s * u * 0.09f, -u * 0.03f)), add(toy, ImVec2(s * u * 0.12f, -u * 0.05f)), kMark, lineW(r));
}

void layer(ImDrawList* d, const Rig& r, bool on) {
    // A small cardigan held above the baby: lifted away (off) or brought down (on), with an arrow.
    const float u = r.unitPx;
    const ImVec2 c = add(bodyCentre(r), ImVec2(u * 0.05f, -u * (on ? 0.34f : 0.44f)));
    const ImU32 knit = IM_COL32(220, 150, 120, 255);
    d->AddRectFilled(sub(c, ImVec2(u * 0.1f, u * 0.07f)), add(c, ImVec2(u * 0.1f, u * 0.07f)), knit, u * 0.02f);
    for (int s = -1; s <= 1; s += 2) fillCapsule(d, add(c, ImVec2(s * u * 0.09f, -u * 0.05f)), add(c, ImVec2(s * u * 0.17f, u * 0.05f)), u * 0.03f, u * 0.025f, knit);
    d->AddLine(add(c, ImVec2(0, -u * 0.07f)), add(c, ImVec2(0, u * 0.07f)), IM_COL32(190, 120, 96, 255), lineW(r));
    adultHandOn(d, add(c, ImVec2(u * 0.1f, -u * 0.06f)), add(c, ImVec2(u * 0.35f, -u * 0.2f)), u, 3.0f);
    const ImVec2 a = add(c, ImVec2(-u * 0.22f, on ? -u * 0.05f : u * 0.05f)), b = add(a, ImVec2(0, on ? u * 0.12f : -u * 0.12f));
    d->AddLine(a, b, kMark, lineW(r) * 1.5f);
    const float dir = on ? 1.0f : -1.0f;
    d->AddTriangleFilled(add(b, ImVec2(0, dir * u * 0.03f)), add(b, ImVec2(-u * 0.025f, 0)), add(b, ImVec2(u * 0.025f, 0)), kMark);
}

void loweringHands(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    adultHandOn(d, add(r.head, ImVec2(0, r.headR * 0.9f)), add(r.head, ImVec2(-u * 0.05f, u * 0.4f)), u, -1.6f);
    adultHandOn(d, add(r.hips, ImVec2(0, u * 0.1f)), add(r.hips, ImVec2(u * 0.1f, u * 0.42f)), u, -1.7f);
}

void containHands(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    adultHandOn(d, add(r.head, ImVec2(-r.headR * 0.9f, -r.headR * 0.3f)), add(r.head, ImVec2(-u * 0.35f, -u * 0.25f)), u, 0.3f);
    adultHandOn(d, bodyCentre(r), add(bodyCentre(r), ImVec2(u * 0.1f, -u * 0.4f)), u, 1.9f);
}

void dummy(ImDrawList* d, const Rig& r) {
    const FaceFrame f = faceFrameOf(r);
    const ImVec2 m = f.at(0.0f, 0.6f);
    fillEllipse(d, m, ImVec2(f.px(0.26f), f.px(0.14f)), f.roll, IM_COL32(150, 200, 220, 245), 20);
    d->AddCircle(add(m, rotate(ImVec2(0, f.px(0.15f)), f.roll)), f.px(0.12f), IM_COL32(120, 170, 200, 255), 16, std::max(1.0f, f.px(0.05f)));
}

void phone(ImDrawList* d, const Rig& r, bool medical) {
    const float u = r.unitPx;
    const ImVec2 c(r.head.x + u * 0.7f, r.head.y - u * 0.05f);
    d->AddRectFilled(sub(c, ImVec2(u * 0.05f, u * 0.09f)), add(c, ImVec2(u * 0.05f, u * 0.09f)), IM_COL32(50, 56, 70, 255), u * 0.015f);
    d->AddRectFilled(sub(c, ImVec2(u * 0.04f, u * 0.075f)), add(c, ImVec2(u * 0.04f, u * 0.07f)), IM_COL32(190, 226, 240, 255), u * 0.01f);
    if (medical) {  // a medical cross
        d->AddRectFilled(sub(c, ImVec2(u * 0.008f, u * 0.03f)), add(c, ImVec2(u * 0.008f, u * 0.03f)), IM_COL32(210, 70, 70, 255));
        d->AddRectFilled(sub(c, ImVec2(u * 0.03f, u * 0.008f)), add(c, ImVec2(u * 0.03f, u * 0.008f)), IM_COL32(210, 70, 70, 255));
    } else {  // a friend's face on the call, with speech arcs beside the phone
        d->AddCircleFilled(add(c, ImVec2(0, -u * 0.015f)), u * 0.022f, IM_COL32(226, 180, 150, 255));
        fillEllipse(d, add(c, ImVec2(0, u * 0.035f)), ImVec2(u * 0.032f, u * 0.02f), 0.0f, IM_COL32(120, 150, 190, 255), 12);
        for (int k = 0; k < 2; ++k) strokeArc(d, add(c, ImVec2(-u * 0.05f, -u * 0.05f)), u * (0.04f + 0.03f * k), 3.5f, 4.4f, kMark, lineW(r));
    }
    adultHandOn(d, add(c, ImVec2(u * 0.02f, u * 0.08f)), add(c, ImVec2(u * 0.15f, u * 0.4f)), u, -2.0f);
}

void steppingAway(ImDrawList* d, const Rig& r) {
    // Legs walking off at the right edge; the baby stays safe where it is.
    const float u = r.unitPx;
    const float x = bodyCentre(r).x + u * 0.62f, ground = bodyCentre(r).y + u * 0.42f;
    for (int k = 0; k < 2; ++k) {
        const float s = k == 0 ? -1.0f : 1.0f;
        fillCapsule(d, ImVec2(x + k * u * 0.08f, ground - u * 0.42f), ImVec2(x + k * u * 0.08f + s * u * 0.06f, ground - u * 0.04f), u * 0.06f, u * 0.05f,
                    k == 0 ? adult::kTrouserShade : adult::kTrouser);
        fillEllipse(d, ImVec2(x + k * u * 0.08f + s * u * 0.06f + u * 0.04f, ground), ImVec2(u * 0.07f, u * 0.03f), 0.0f, adult::kShoe);
    }
    for (int k = 0; k < 3; ++k) d->AddLine(ImVec2(x - u * 0.16f, ground - u * (0.36f - 0.1f * k)), ImVec2(x - u * 0.08f, ground - u * (0.36f - 0.1f * k)), kMark, lineW(r));
}

void cleanNappy(ImDrawList* d, const Rig& r) {
    // A clean nappy folded ready beside the baby and the adult's hand with a wipe.
    const float u = r.unitPx;
    const ImVec2 c = add(r.hips, ImVec2(u * 0.05f, -u * 0.26f));
    d->AddRectFilled(sub(c, ImVec2(u * 0.09f, u * 0.05f)), add(c, ImVec2(u * 0.09f, u * 0.05f)), IM_COL32(252, 252, 246, 255), u * 0.02f);
    d->AddRectFilled(sub(c, ImVec2(u * 0.09f, u * 0.05f)), add(c, ImVec2(-u * 0.06f, u * 0.05f)), IM_COL32(236, 200, 120, 255), u * 0.01f);
    const ImVec2 wipe = add(r.hips, ImVec2(u * 0.2f, u * 0.02f));
    d->AddRectFilled(sub(wipe, ImVec2(u * 0.04f, u * 0.03f)), add(wipe, ImVec2(u * 0.04f, u * 0.03f)), IM_COL32(236, 244, 246, 255), u * 0.01f);
    adultHandOn(d, add(wipe, ImVec2(u * 0.03f, u * 0.01f)), add(wipe, ImVec2(u * 0.3f, u * 0.25f)), u, -2.6f);
}

void restingHands(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    const ImVec2 c = add(bodyCentre(r), ImVec2(0, u * 0.38f));
    for (int s = -1; s <= 1; s += 2) adultHandOn(d, add(c, ImVec2(s * u * 0.16f, 0)), add(c, ImVec2(s * u * 0.3f, u * 0.2f)), u, s < 0 ? -0.2f : 3.34f);
}

void rockArcs(ImDrawList* d, const Rig& r) {
    const ImVec2 c = add(bodyCentre(r), ImVec2(0, r.unitPx * 0.2f));
    for (int k = 0; k < 2; ++k) strokeArc(d, c, r.unitPx * (0.42f + 0.06f * k), 0.6f, 2.5f, kMark, lineW(r));
}
}  // namespace

void drawActBehind(ImDrawList* d, const Rig& r, const Staged& s, const Anim& an) {
    (void)an;
    switch (s.act) {
        case Act::Rock: rockArcs(d, r); break;
        case Act::Walk: steppingAway(d, r); break;
        case Act::Pause: restingHands(d, r); break;
        default: break;
    }
}

void drawActFront(ImDrawList* d, const Rig& r, const Staged& s, const Anim& an) {
    const float u = r.unitPx;
    switch (s.act) {
        case Act::Talk: speech(d, r, leaningFace(d, r, false, 1.0f)); break;
        case Act::Sing: notes(d, r, leaningFace(d, r, false, 1.0f), an); break;
        case Act::Delight: leaningFace(d, r, true, 1.0f), sparkles(d, r); break;
        case Act::Watch: leaningFace(d, r, false, 0.75f); break;
        case Act::Shush: shush(d, r, an); break;
        case Act::Play: toyInAdultHand(d, r, add(r.head, ImVec2(u * 0.32f, -u * 0.25f)), an, true); break;
        case Act::OfferToy: toyInAdultHand(d, r, add(r.arms[1].end, ImVec2(u * 0.1f, -u * 0.05f)), an, false); break;
        case Act::HelpToy: adultHandOn(d, add(r.arms[1].end, ImVec2(u * 0.02f, -u * 0.04f)), add(r.arms[1].end, ImVec2(u * 0.3f, -u * 0.3f)), u, 2.6f); break;
        case Act::Check: adultHandOn(d, lerp2(r.neck, r.hips, 0.4f), add(lerp2(r.neck, r.hips, 0.4f), ImVec2(u * 0.32f, u * 0.3f)), u, -2.3f); break;
        case Act::Phone: phone(d, r, true); break;
        case Act::CallFriend: phone(d, r, false); break;
        case Act::StepAway: steppingAway(d, r); break;
        case Act::LowerToCot: loweringHands(d, r); break;
        case Act::Contain: containHands(d, r); break;
        case Act::Dummy: dummy(d, r); break;
        case Act::NappyOpen: cleanNappy(d, r); break;
        case Act::LayerOff: layer(d, r, false); break;
        case Act::LayerOn: layer(d, r, true); break;
        case Act::SupportHead: adultHandOn(d, add(r.head, ImVec2(-r.headR * 0.6f, r.headR * 0.7f)), add(r.head, ImVec2(-u * 0.3f, u * 0.35f)), u, -0.9f); break;
        default: break;
    }
}

}  // namespace render
