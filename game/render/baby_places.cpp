// Where the baby is when not in the cot the room draws: a changing mat on a chest of drawers, a
// sofa, an adult bed, the caregiver's shoulder (winding), a feed at the breast (a simple clothed
// silhouette) or a bottle held to the mouth, and a bare adult chest for skin to skin.
#include <algorithm>
#include <cmath>

#include "render/baby_parts.h"
#include "render/face_frame.h"
#include "render/shapes.h"

namespace render {

using core::Place;

namespace {
ImVec2 feetOf(const Rig& r) { return lerp2(r.legs[0].end, r.legs[1].end, 0.5f); }

void roundedRect(ImDrawList* d, ImVec2 a, ImVec2 b, ImU32 c, float round) { d->AddRectFilled(a, b, c, round); }

void changingMat(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    const float left = r.head.x - r.headR - u * 0.12f, right = std::max(feetOf(r).x, r.hips.x) + u * 0.2f;
    const float cy = lerp2(r.neck, r.hips, 0.5f).y;
    roundedRect(d, ImVec2(left - u * 0.08f, cy + u * 0.18f), ImVec2(right + u * 0.08f, cy + u * 0.62f), IM_COL32(214, 190, 160, 255), u * 0.02f);
    roundedRect(d, ImVec2(left - u * 0.06f, cy + u * 0.32f), ImVec2(right + u * 0.06f, cy + u * 0.34f), IM_COL32(188, 160, 130, 255), 0.0f);
    roundedRect(d, ImVec2(left, cy - u * 0.24f), ImVec2(right, cy + u * 0.24f), IM_COL32(150, 196, 200, 255), u * 0.08f);
    roundedRect(d, ImVec2(left + u * 0.03f, cy - u * 0.18f), ImVec2(right - u * 0.03f, cy + u * 0.18f), IM_COL32(178, 218, 220, 255), u * 0.06f);
    for (int k = 0; k < 6; ++k)  // a few printed spots on the mat
        d->AddCircleFilled(ImVec2(left + (right - left) * (0.1f + 0.16f * k), cy + u * (k % 2 ? 0.2f : -0.2f)), u * 0.012f, IM_COL32(246, 246, 236, 255));
    // Wipes at the foot of the mat.
    roundedRect(d, ImVec2(right - u * 0.02f, cy + u * 0.04f), ImVec2(right + u * 0.16f, cy + u * 0.16f), IM_COL32(244, 244, 238, 255), u * 0.02f);
    roundedRect(d, ImVec2(right + u * 0.02f, cy + u * 0.07f), ImVec2(right + u * 0.12f, cy + u * 0.11f), IM_COL32(120, 176, 140, 255), u * 0.01f);
}

void sofa(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    const float left = r.head.x - r.headR - u * 0.3f, right = std::max(feetOf(r).x, r.hips.x) + u * 0.35f;
    const float cy = lerp2(r.neck, r.hips, 0.5f).y;
    const ImU32 fabric = IM_COL32(150, 128, 170, 255), shade = IM_COL32(124, 104, 146, 255), light = IM_COL32(170, 150, 190, 255);
    roundedRect(d, ImVec2(left, cy - u * 0.62f), ImVec2(right, cy - u * 0.12f), shade, u * 0.08f);  // back
    for (int k = 0; k < 2; ++k) {
        const float x0 = left + (right - left) * 0.5f * k;
        roundedRect(d, ImVec2(x0 + u * 0.04f, cy - u * 0.56f), ImVec2(x0 + (right - left) * 0.5f - u * 0.04f, cy - u * 0.16f), fabric, u * 0.07f);
    }
    roundedRect(d, ImVec2(left, cy - u * 0.2f), ImVec2(right, cy + u * 0.3f), light, u * 0.05f);  // seat cushion
    roundedRect(d, ImVec2(left, cy + u * 0.22f), ImVec2(right, cy + u * 0.42f), shade, u * 0.03f);  // front of the seat
    for (int s = 0; s < 2; ++s) {  // arms at both ends
        const float x = s == 0 ? left - u * 0.12f : right - u * 0.02f;
        roundedRect(d, ImVec2(x, cy - u * 0.4f), ImVec2(x + u * 0.14f, cy + u * 0.42f), fabric, u * 0.06f);
        d->AddRectFilled(ImVec2(x + u * 0.03f, cy + u * 0.42f), ImVec2(x + u * 0.07f, cy + u * 0.5f), IM_COL32(90, 70, 60, 255));
    }
    fillEllipse(d, ImVec2(left + u * 0.14f, cy - u * 0.02f), ImVec2(u * 0.12f, u * 0.16f), 0.2f, IM_COL32(236, 200, 120, 255));  // a cushion
}

void adultBed(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    const float left = r.head.x - r.headR - u * 0.3f, right = std::max(feetOf(r).x, r.hips.x) + u * 0.5f;
    const float cy = lerp2(r.neck, r.hips, 0.5f).y;
    roundedRect(d, ImVec2(left - u * 0.1f, cy - u * 0.55f), ImVec2(left + u * 0.02f, cy + u * 0.5f), IM_COL32(170, 130, 96, 255), u * 0.03f);  // headboard
    roundedRect(d, ImVec2(left, cy - u * 0.45f), ImVec2(right, cy + u * 0.42f), IM_COL32(244, 242, 236, 255), u * 0.04f);  // sheet
    roundedRect(d, ImVec2(left + u * 0.03f, cy - u * 0.42f), ImVec2(left + u * 0.3f, cy - u * 0.02f), IM_COL32(252, 252, 250, 255), u * 0.08f);  // pillows
    roundedRect(d, ImVec2(left + u * 0.03f, cy + u * 0.02f), ImVec2(left + u * 0.3f, cy + u * 0.4f), IM_COL32(252, 252, 250, 255), u * 0.08f);
    // The adult's duvet, pushed back in heavy folds beside the baby.
    roundedRect(d, ImVec2(r.hips.x - u * 0.05f, cy - u * 0.45f), ImVec2(right, cy + u * 0.42f), IM_COL32(150, 176, 214, 255), u * 0.06f);
    for (int k = 0; k < 3; ++k)
        strokeQuad(d, ImVec2(r.hips.x + u * (0.05f + 0.12f * k), cy - u * 0.4f), ImVec2(r.hips.x + u * (0.1f + 0.12f * k), cy),
                   ImVec2(r.hips.x + u * (0.04f + 0.12f * k), cy + u * 0.38f), IM_COL32(126, 150, 190, 255), std::max(1.0f, u * 0.012f));
}

/// The adult seen from behind: the back of the head beside the baby's.
void shoulderHead(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    const ImVec2 c(r.head.x + u * 0.42f, r.neck.y - u * 0.12f);
    fillEllipse(d, add(c, ImVec2(-u * 0.15f, u * 0.02f)), ImVec2(u * 0.04f, u * 0.06f), 0.0f, adult::kSkinShade);  // ear
    fillEllipse(d, c, ImVec2(u * 0.16f, u * 0.19f), 0.0f, adult::kHair);
    fillEllipse(d, add(c, ImVec2(-u * 0.04f, -u * 0.06f)), ImVec2(u * 0.07f, u * 0.05f), -0.4f, withAlpha(IM_COL32(140, 110, 90, 255), 0.7f));
    fillCapsule(d, add(c, ImVec2(0, u * 0.14f)), add(c, ImVec2(0, u * 0.3f)), u * 0.08f, u * 0.09f, adult::kSkin);  // neck
}

/// The adult's shoulder and back, over the baby's body: only its head and arms show above.
void shoulderBody(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    // Shoulders and back as a broad rounded block; the far shoulder slopes down past the head.
    const ImVec2 a(r.head.x - u * 0.32f, r.neck.y + u * 0.02f), b(r.head.x + u * 0.95f, r.neck.y + u * 0.72f);
    d->AddRectFilled(a, b, adult::kSleeveShade, u * 0.22f);
    d->AddRectFilled(add(a, ImVec2(u * 0.01f, u * 0.015f)), sub(b, ImVec2(u * 0.01f, 0)), adult::kSleeve, u * 0.21f);
    strokeQuad(d, ImVec2(r.head.x + u * 0.3f, r.neck.y + u * 0.3f), ImVec2(r.head.x + u * 0.32f, r.neck.y + u * 0.6f),
               ImVec2(r.head.x + u * 0.28f, r.neck.y + u * 0.7f), adult::kSleeveShade, std::max(1.0f, u * 0.01f));  // spine crease
    // A muslin cloth over the shoulder under the baby's chin.
    fillEllipse(d, ImVec2(r.head.x + u * 0.02f, r.neck.y + u * 0.08f), ImVec2(u * 0.22f, u * 0.07f), 0.1f, IM_COL32(246, 240, 226, 255));
    strokeQuad(d, ImVec2(r.head.x - u * 0.16f, r.neck.y + u * 0.1f), ImVec2(r.head.x - u * 0.2f, r.neck.y + u * 0.25f),
               ImVec2(r.head.x - u * 0.12f, r.neck.y + u * 0.35f), IM_COL32(246, 240, 226, 255), u * 0.05f);
}

void pattingHand(ImDrawList* d, const Rig& r, const Anim& an) {
    const float u = r.unitPx;
    const float pat = 0.5f + 0.5f * std::sin(static_cast<float>(an.t) * 6.0f);
    const ImVec2 palm(r.neck.x - u * 0.2f, r.neck.y + u * (0.2f - 0.02f * pat * an.amp));
    adultHandOn(d, palm, add(palm, ImVec2(u * 0.05f, u * 0.35f)), u, -1.75f);
    for (int k = 0; k < 2; ++k)  // pat marks
        strokeArc(d, palm, u * (0.13f + 0.04f * k), 2.4f, 3.6f, IM_COL32(120, 96, 90, 150), std::max(1.0f, u * 0.008f));
}

/// Unit vectors of the face: toward its right cheek and toward its chin, on screen.
void faceAxes(const FaceFrame& f, ImVec2& right, ImVec2& down) {
    right = rotate(ImVec2(1, 0), f.roll);
    down = rotate(ImVec2(0, 1), f.roll);
}

/// Where the mouth would meet the breast or teat: at the mouth when feeding, a gap away when the
/// baby turns from it.
ImVec2 feedPoint(const Rig& r) {
    FaceFrame f = faceFrameOf(r);
    f.yaw = 0.55f;
    f.pitch = 0.0f;
    const bool away = r.yaw < -0.2f;
    return f.at(away ? 0.95f : 0.04f, 0.6f);
}

/// The parent sitting behind the baby, seen from the front: a torso in a loose top, neck and chin.
void parentTorso(ImDrawList* d, ImVec2 chest, float u) {
    // Kept within ~0.7 of the baby's height above and below the chest, so it stays in the scene.
    d->AddRectFilled(ImVec2(chest.x - u * 0.42f, chest.y - u * 0.45f), ImVec2(chest.x + u * 0.45f, chest.y + u * 0.6f), adult::kTopShade, u * 0.25f);
    d->AddRectFilled(ImVec2(chest.x - u * 0.4f, chest.y - u * 0.44f), ImVec2(chest.x + u * 0.44f, chest.y + u * 0.6f), adult::kTop, u * 0.24f);
    fillCapsule(d, ImVec2(chest.x + u * 0.02f, chest.y - u * 0.6f), ImVec2(chest.x + u * 0.02f, chest.y - u * 0.4f), u * 0.09f, u * 0.1f, adult::kSkin);
    fillEllipse(d, ImVec2(chest.x - u * 0.02f, chest.y - u * 0.64f), ImVec2(u * 0.15f, u * 0.08f), 0.0f, adult::kSkinShade);  // chin, looking down
}

void breastSilhouette(ImDrawList* d, const Rig& r) {
    const ImVec2 at = feedPoint(r);
    parentTorso(d, ImVec2(at.x + r.unitPx * 0.22f, at.y - r.unitPx * 0.05f), r.unitPx);
}

/// A plain rounded breast at the baby's mouth, over the baby's shoulder and under its head, the
/// parent's top lifted above it. Simple shapes, no detail.
void breast(ImDrawList* d, const Rig& r) {
    const FaceFrame f = faceFrameOf(r);
    ImVec2 right, down;
    faceAxes(f, right, down);
    const ImVec2 at = feedPoint(r);
    const float hr = r.headR;
    const ImVec2 c = add(at, add(mul(right, hr * 0.8f), mul(down, -hr * 0.15f)));
    fillEllipse(d, c, ImVec2(hr * 0.78f, hr * 0.7f), f.roll, adult::kSkinShade, 32);
    fillEllipse(d, add(c, mul(right, hr * 0.04f)), ImVec2(hr * 0.75f, hr * 0.67f), f.roll, adult::kSkin, 32);
    strokeQuad(d, add(c, add(mul(right, -hr * 0.55f), mul(down, -hr * 0.62f))), add(c, mul(down, -hr * 0.86f)),
               add(c, add(mul(right, hr * 0.72f), mul(down, -hr * 0.58f))), adult::kTopShade, hr * 0.18f);
}

void bottle(ImDrawList* d, const Rig& r) {
    const FaceFrame f = faceFrameOf(r);
    ImVec2 right, down;
    faceAxes(f, right, down);
    const float u = r.unitPx;
    const ImVec2 tip = feedPoint(r);
    const ImVec2 dir = mul(add(right, mul(down, -0.45f)), 1.0f / length(add(right, mul(down, -0.45f))));
    const ImVec2 neck = add(tip, mul(dir, u * 0.07f)), base = add(tip, mul(dir, u * 0.46f));
    fillCapsule(d, tip, neck, u * 0.018f, u * 0.032f, IM_COL32(226, 190, 140, 255));  // teat
    fillCapsule(d, add(neck, mul(dir, u * 0.01f)), add(neck, mul(dir, u * 0.05f)), u * 0.06f, u * 0.06f, IM_COL32(120, 170, 214, 255));  // collar
    fillCapsule(d, add(neck, mul(dir, u * 0.06f)), base, u * 0.068f, u * 0.068f, IM_COL32(150, 170, 190, 255));  // outline
    fillCapsule(d, add(neck, mul(dir, u * 0.065f)), base, u * 0.062f, u * 0.062f, IM_COL32(232, 238, 244, 255));  // bottle
    fillCapsule(d, add(neck, mul(dir, u * 0.16f)), add(base, mul(dir, -u * 0.01f)), u * 0.054f, u * 0.054f, IM_COL32(252, 248, 226, 255));  // milk
    for (int k = 1; k <= 3; ++k) {  // scale marks
        const ImVec2 m = add(neck, mul(dir, u * (0.08f + 0.06f * k)));
        const ImVec2 n(-dir.y, dir.x);
        d->AddLine(add(m, mul(n, u * 0.03f)), add(m, mul(n, u * 0.05f)), IM_COL32(150, 170, 190, 255), std::max(1.0f, u * 0.005f));
    }
    const ImVec2 palm = add(neck, mul(dir, u * 0.36f));
    adultHandOn(d, palm, add(palm, add(mul(dir, u * 0.1f), mul(down, u * 0.3f))), u, std::atan2(-down.y, -down.x));
}

void skinChest(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    const ImVec2 c(r.neck.x, r.neck.y + u * 0.2f);
    d->AddRectFilled(ImVec2(c.x - u * 0.66f, c.y - u * 0.58f), ImVec2(c.x + u * 0.66f, c.y + u * 0.55f), adult::kSkinShade, u * 0.3f);
    d->AddRectFilled(ImVec2(c.x - u * 0.64f, c.y - u * 0.56f), ImVec2(c.x + u * 0.64f, c.y + u * 0.55f), adult::kSkin, u * 0.29f);
    fillCapsule(d, ImVec2(c.x, c.y - u * 0.9f), ImVec2(c.x, c.y - u * 0.5f), u * 0.12f, u * 0.13f, adult::kSkin);  // the adult's neck
    for (int s = -1; s <= 1; s += 2)  // collarbones
        strokeQuad(d, ImVec2(c.x + s * u * 0.1f, c.y - u * 0.5f), ImVec2(c.x + s * u * 0.3f, c.y - u * 0.44f),
                   ImVec2(c.x + s * u * 0.5f, c.y - u * 0.48f), adult::kSkinShade, std::max(1.0f, u * 0.012f));
}

/// A blanket laid over the baby's back on the adult's chest.
void skinBlanket(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    const ImVec2 c = lerp2(r.neck, r.hips, 0.75f);
    fillEllipse(d, add(c, ImVec2(0, u * 0.12f)), ImVec2(u * 0.3f, u * 0.26f), 0.0f, IM_COL32(200, 220, 236, 255));
    for (int k = -1; k <= 1; ++k)
        d->AddLine(ImVec2(c.x + k * u * 0.1f, c.y - u * 0.08f), ImVec2(c.x + k * u * 0.12f, c.y + u * 0.3f), IM_COL32(176, 200, 220, 255), std::max(1.0f, u * 0.01f));
}
}  // namespace

void drawPlaceBehind(ImDrawList* d, const Rig& r, const Staged& s) {
    if (s.act == Act::SkinToSkin) return skinChest(d, r);
    switch (s.look.depiction.place) {
        case Place::Mat: changingMat(d, r); break;
        case Place::Sofa: sofa(d, r); break;
        case Place::AdultBed: adultBed(d, r); break;
        case Place::Shoulder: shoulderHead(d, r); break;
        case Place::Breast: breastSilhouette(d, r); break;
        case Place::Bottle:  // the parent behind, a little back from the baby's head
        case Place::Arms: parentTorso(d, ImVec2(r.head.x + r.unitPx * 0.3f, r.head.y - r.unitPx * 0.02f), r.unitPx); break;
        default: break;
    }
}

void drawPlaceOverBody(ImDrawList* d, const Rig& r, const Staged& s) {
    if (s.act == Act::SkinToSkin) skinBlanket(d, r);
    else if (s.look.depiction.place == Place::Shoulder) shoulderBody(d, r);
    else if (s.look.depiction.place == Place::Breast) breast(d, r);
}

void drawPlaceFront(ImDrawList* d, const Rig& r, const Staged& s, const Anim& an) {
    if (s.look.depiction.place == Place::Bottle) bottle(d, r);
    if (s.look.depiction.place == Place::Shoulder) pattingHand(d, r, an);
}

}  // namespace render
