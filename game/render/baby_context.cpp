// What a cue's situation adds around the baby (core::Context): a car seat with its harness, soft
// bedding and a toy, a wet or soiled nappy, the caregiver's legs, clenched fists or checking hand,
// and marks for cool hands and a warm chest. Drawn behind the body, on it, or in front of it.
#include <algorithm>
#include <cmath>

#include "render/baby_parts.h"
#include "render/shapes.h"

namespace render {

using core::Context;

namespace {
const ImU32 kAdultSkin = adult::kSkin, kAdultSkinShade = adult::kSkinShade;
const ImU32 kSleeve = adult::kSleeve, kSleeveShade = adult::kSleeveShade;
const ImU32 kTrouser = adult::kTrouser, kTrouserShade = adult::kTrouserShade;
const ImU32 kShoe = adult::kShoe;
const ImU32 kMark = IM_COL32(120, 96, 90, 170);

ImVec2 bodyCentre(const Rig& r) { return lerp2(r.neck, r.hips, 0.5f); }
/// Unit vector from neck to hips.
ImVec2 bodyAxis(const Rig& r) {
    const ImVec2 a = sub(r.hips, r.neck);
    return mul(a, 1.0f / std::max(length(a), 1.0f));
}

/// One adult lower leg in trousers from knee (or thigh) to a shoe, front or side on.
void adultLeg(ImDrawList* d, ImVec2 top, ImVec2 knee, ImVec2 ankle, float u, bool far, float toeDir) {
    const ImU32 c = far ? kTrouserShade : kTrouser;
    fillCapsule(d, top, knee, u * 0.075f, u * 0.07f, c);
    fillCapsule(d, knee, ankle, u * 0.07f, u * 0.058f, c);
    d->AddCircleFilled(knee, u * 0.074f, c);
    fillEllipse(d, add(ankle, ImVec2(toeDir * u * 0.04f, u * 0.035f)), ImVec2(u * (0.05f + 0.04f * std::fabs(toeDir)), u * 0.035f), 0.0f, kShoe);
}

void carSeatShell(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    const ImVec2 ax = bodyAxis(r);
    const float tilt = std::atan2(ax.y, ax.x) - 1.5708f;
    const ImVec2 c = lerp2(r.neck, r.hips, 0.25f);
    const ImVec2 pivot = add(c, rotate(ImVec2(0, u * 0.08f), tilt));
    strokeArc(d, pivot, u * 0.45f, 3.2f + tilt, 6.22f + tilt, IM_COL32(64, 64, 72, 255), u * 0.04f);  // carry handle
    for (int s = -1; s <= 1; s += 2) d->AddCircleFilled(add(pivot, rotate(ImVec2(s * u * 0.45f, 0), tilt)), u * 0.045f, IM_COL32(48, 48, 56, 255));
    fillEllipse(d, add(c, ImVec2(u * 0.01f, u * 0.02f)), ImVec2(u * 0.34f, u * 0.51f), tilt, IM_COL32(58, 58, 66, 255), 48);
    fillEllipse(d, c, ImVec2(u * 0.32f, u * 0.49f), tilt, IM_COL32(80, 80, 90, 255), 48);
    fillEllipse(d, add(c, ImVec2(0, u * 0.02f)), ImVec2(u * 0.25f, u * 0.43f), tilt, IM_COL32(132, 150, 148, 255), 48);  // padding
    for (int s = -1; s <= 1; s += 2)  // side wings by the head
        fillEllipse(d, add(r.head, rotate(ImVec2(s * r.headR * 1.2f, 0), tilt)), ImVec2(u * 0.06f, r.headR * 1.1f), tilt, IM_COL32(116, 134, 132, 255));
    const ImVec2 base = add(c, rotate(ImVec2(0, u * 0.49f), tilt));  // the rocker base
    strokeQuad(d, add(base, rotate(ImVec2(-u * 0.3f, -u * 0.06f), tilt)), add(base, rotate(ImVec2(0, u * 0.05f), tilt)),
               add(base, rotate(ImVec2(u * 0.3f, -u * 0.06f), tilt)), IM_COL32(58, 58, 66, 255), u * 0.03f);
}

void harness(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    const ImVec2 ax = bodyAxis(r);
    const ImVec2 buckle = add(r.hips, mul(ax, u * 0.02f));
    const ImVec2 clip = lerp2(r.neck, r.hips, 0.4f);
    const ImU32 strap = IM_COL32(54, 54, 62, 255);
    for (int i = 0; i < 2; ++i) {
        const ImVec2 sh = lerp2(r.arms[i].root, r.neck, 0.3f);
        d->AddLine(sh, lerp2(clip, r.arms[i].root, 0.25f), strap, u * 0.028f);
        d->AddLine(lerp2(clip, r.arms[i].root, 0.25f), buckle, strap, u * 0.028f);
    }
    d->AddRectFilled(sub(clip, ImVec2(u * 0.045f, u * 0.015f)), add(clip, ImVec2(u * 0.045f, u * 0.015f)), IM_COL32(200, 80, 70, 255), u * 0.008f);
    d->AddCircleFilled(buckle, u * 0.025f, IM_COL32(200, 80, 70, 255));
}

void nappy(ImDrawList* d, const Rig& r, bool wet, bool soiled, const Palette& p) {
    const float u = r.unitPx;
    const ImVec2 ax = bodyAxis(r);
    const float ang = std::atan2(ax.y, ax.x) - 1.5708f;
    const ImVec2 c = add(r.hips, mul(ax, u * 0.01f));
    const ImU32 white = IM_COL32(250, 250, 244, 255), edge = IM_COL32(196, 194, 186, 255);
    // A soaked nappy hangs heavy and swollen between the legs.
    const ImVec2 sag = add(c, mul(ax, u * (wet ? 0.07f : 0.035f)));
    const ImVec2 sagR(u * (wet ? 0.11f : 0.08f), u * (wet ? 0.085f : 0.06f));
    fillEllipse(d, sag, add(sagR, ImVec2(u * 0.006f, u * 0.006f)), ang, edge);
    fillEllipse(d, c, ImVec2(u * 0.14f, u * 0.075f), ang, edge);
    fillEllipse(d, sag, sagR, ang, white);
    fillEllipse(d, c, ImVec2(u * 0.134f, u * 0.069f), ang, white);
    d->AddLine(add(c, rotate(ImVec2(-u * 0.12f, -u * 0.04f), ang)), add(c, rotate(ImVec2(u * 0.12f, -u * 0.04f), ang)), edge, std::max(1.0f, u * 0.008f));
    for (int s = -1; s <= 1; s += 2)  // side tabs
        d->AddRectFilled(add(c, rotate(ImVec2(s * u * 0.13f - u * 0.02f, -u * 0.05f), ang)), add(c, rotate(ImVec2(s * u * 0.13f + u * 0.02f, -u * 0.02f), ang)),
                         IM_COL32(236, 200, 120, 255), u * 0.005f);
    if (wet) {
        fillEllipse(d, sag, ImVec2(sagR.x * 0.7f, sagR.y * 0.7f), ang, IM_COL32(232, 206, 112, 190));
        for (int k = 0; k < 3; ++k) {  // drips
            const ImVec2 dc = add(sag, rotate(ImVec2((k - 1) * u * 0.05f, sagR.y + u * (0.03f + 0.02f * (k % 2))), ang));
            d->AddTriangleFilled(add(dc, ImVec2(0, -u * 0.03f)), add(dc, ImVec2(-u * 0.013f, -u * 0.002f)), add(dc, ImVec2(u * 0.013f, -u * 0.002f)), p.sweat);
            d->AddCircleFilled(dc, u * 0.014f, p.sweat);
            d->AddCircle(dc, u * 0.014f, IM_COL32(120, 170, 210, 220), 12, std::max(1.0f, u * 0.004f));
        }
    }
    if (soiled) {
        fillEllipse(d, add(sag, rotate(ImVec2(0, sagR.y * 0.3f), ang)), ImVec2(sagR.x * 0.6f, sagR.y * 0.45f), ang, IM_COL32(176, 130, 70, 170));
        for (int i = 0; i < 2; ++i)  // sore red skin at the leg openings
            softGlow(d, lerp2(r.legs[i].root, r.legs[i].joint, 0.45f), ImVec2(u * 0.05f, u * 0.04f), withAlpha(p.flushHot, 0.7f), 4);
        for (int k = 0; k < 2; ++k) {  // smell lines rising beside the nappy
            const ImVec2 b = add(c, ImVec2(u * (0.2f + 0.06f * k), u * 0.02f));
            strokeQuad(d, b, add(b, ImVec2(u * 0.04f, -u * 0.05f)), add(b, ImVec2(0, -u * 0.1f)), IM_COL32(128, 120, 70, 200), std::max(1.0f, u * 0.009f));
            strokeQuad(d, add(b, ImVec2(0, -u * 0.1f)), add(b, ImVec2(-u * 0.04f, -u * 0.15f)), add(b, ImVec2(0, -u * 0.2f)), IM_COL32(128, 120, 70, 200),
                       std::max(1.0f, u * 0.009f));
        }
    }
}

void blanket(ImDrawList* d, const Rig& r) {
    // A loose, checked blanket rumpled under the bottom and legs, its corner folded back.
    const float u = r.unitPx;
    // Upright the blanket lies under the bottom and legs; lying down it covers the legs and feet.
    const ImVec2 c = r.lying ? add(lerp2(r.hips, lerp2(r.legs[0].end, r.legs[1].end, 0.5f), 0.5f), ImVec2(u * 0.02f, u * 0.04f))
                             : add(bodyCentre(r), ImVec2(-u * 0.14f, u * 0.26f));
    const float a = r.lying ? 0.1f : -0.25f;
    auto at = [&](float x, float y) { return add(c, rotate(ImVec2(x * u, y * u), a)); };
    const ImU32 quilt = IM_COL32(244, 222, 150, 255), check = IM_COL32(226, 196, 124, 255);
    d->AddQuadFilled(at(-0.34f, -0.2f), at(0.3f, -0.24f), at(0.36f, 0.26f), at(-0.3f, 0.3f), check);
    d->AddQuadFilled(at(-0.33f, -0.19f), at(0.29f, -0.23f), at(0.35f, 0.25f), at(-0.29f, 0.29f), quilt);
    for (int k = 1; k < 4; ++k) {  // checks
        const float f = k / 4.0f;
        d->AddLine(lerp2(at(-0.33f, -0.19f), at(0.29f, -0.23f), f), lerp2(at(-0.29f, 0.29f), at(0.35f, 0.25f), f), check, std::max(1.0f, u * 0.012f));
        d->AddLine(lerp2(at(-0.33f, -0.19f), at(-0.29f, 0.29f), f), lerp2(at(0.29f, -0.23f), at(0.35f, 0.25f), f), check, std::max(1.0f, u * 0.012f));
    }
    d->AddTriangleFilled(at(-0.33f, -0.19f), at(-0.1f, -0.21f), at(-0.3f, 0.02f), IM_COL32(250, 238, 196, 255));  // folded corner
}

void softToy(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    const ImVec2 toy = add(r.head, r.lying ? ImVec2(u * 0.05f, -u * 0.3f) : ImVec2(u * 0.34f, -u * 0.04f));
    const ImU32 fur = IM_COL32(196, 150, 104, 255), furLight = IM_COL32(232, 200, 160, 255);
    fillEllipse(d, add(toy, ImVec2(0, u * 0.1f)), ImVec2(u * 0.075f, u * 0.09f), 0.0f, fur);
    for (int s = -1; s <= 1; s += 2) d->AddCircleFilled(add(toy, ImVec2(s * u * 0.055f, -u * 0.055f)), u * 0.028f, fur);
    d->AddCircleFilled(toy, u * 0.07f, fur);
    fillEllipse(d, add(toy, ImVec2(0, u * 0.025f)), ImVec2(u * 0.032f, u * 0.024f), 0.0f, furLight);
    for (int s = -1; s <= 1; s += 2) d->AddCircleFilled(add(toy, ImVec2(s * u * 0.026f, -u * 0.012f)), u * 0.009f, IM_COL32(60, 44, 40, 255));
    d->AddCircleFilled(add(toy, ImVec2(0, u * 0.014f)), u * 0.01f, IM_COL32(60, 44, 40, 255));
}

void caregiverKnees(ImDrawList* d, const Rig& r) {
    // The caregiver standing beside the baby: two trouser legs from above the knee to the shoes.
    const float u = r.unitPx;
    const float x = r.hips.x + u * 0.33f, floor = r.floorY;
    for (int k = 0; k < 2; ++k) {
        const float lx = x + u * 0.15f * k;
        adultLeg(d, ImVec2(lx, r.head.y - u * 0.22f), ImVec2(lx + u * 0.01f, r.neck.y + u * 0.02f), ImVec2(lx, floor - u * 0.04f), u, k == 1, 0.0f);
    }
}

void caregiverLeaving(ImDrawList* d, const Rig& r) {
    // The caregiver's legs walking off at the side the baby reaches toward, with motion lines.
    const float u = r.unitPx;
    const ImVec2 hand = r.arms[1].end;
    const float x = hand.x + u * 0.06f, ground = hand.y - u * 0.1f;
    adultLeg(d, ImVec2(x - u * 0.02f, ground - u * 0.28f), ImVec2(x - u * 0.05f, ground - u * 0.18f), ImVec2(x - u * 0.08f, ground - u * 0.04f), u, true, 0.3f);
    adultLeg(d, ImVec2(x + u * 0.05f, ground - u * 0.28f), ImVec2(x + u * 0.08f, ground - u * 0.19f), ImVec2(x + u * 0.11f, ground - u * 0.03f), u, false, 1.0f);
    const float w = std::max(1.0f, u * 0.009f);
    for (int k = 0; k < 3; ++k) {
        const float y = ground - u * (0.3f - 0.08f * k);
        d->AddLine(ImVec2(x - u * (0.17f - 0.02f * k), y), ImVec2(x - u * 0.11f, y), kMark, w);
    }
}

void adultFist(ImDrawList* d, ImVec2 c, ImVec2 from, float u) {
    fillCapsule(d, from, add(c, mul(sub(from, c), 0.35f)), u * 0.085f, u * 0.075f, kSleeve);
    d->AddCircleFilled(add(c, ImVec2(u * 0.004f, u * 0.006f)), u * 0.08f, kAdultSkinShade);
    d->AddCircleFilled(c, u * 0.076f, kAdultSkin);
    for (int k = 0; k < 4; ++k) {  // clenched: a row of knuckles and finger creases
        const ImVec2 kc = add(c, ImVec2(u * (-0.045f + 0.03f * k), -u * 0.04f));
        d->AddCircleFilled(kc, u * 0.018f, kAdultSkinShade);
        d->AddCircleFilled(add(kc, ImVec2(0, u * 0.003f)), u * 0.015f, kAdultSkin);
        d->AddLine(add(kc, ImVec2(u * 0.015f, u * 0.01f)), add(kc, ImVec2(u * 0.015f, u * 0.045f)), kAdultSkinShade, std::max(1.0f, u * 0.006f));
    }
}

void caregiverStrain(ImDrawList* d, const Rig& r, const Anim& an, bool angry) {
    // The caregiver's own state: clenched fists at the edges of the view, shaking. Anger: red,
    // jagged marks; tension: small brown tremble lines.
    const float u = r.unitPx;
    const ImVec2 c = bodyCentre(r);
    const float shake = (angry ? 0.006f : 0.003f) * std::sin(static_cast<float>(an.t) * 40.0f) * an.amp;
    const ImU32 mark = angry ? IM_COL32(196, 70, 56, 230) : kMark;
    const float w = std::max(1.2f, u * (angry ? 0.012f : 0.009f));
    for (int s = -1; s <= 1; s += 2) {
        const ImVec2 fist = add(c, ImVec2(s * u * (0.4f + shake), u * 0.3f));
        adultFist(d, fist, add(fist, ImVec2(s * u * 0.06f, u * 0.18f)), u);
        for (int k = -1; k <= 1; ++k) {
            const float a = -1.5708f + s * 0.2f + k * 0.55f;
            const ImVec2 p0 = add(fist, ImVec2(std::cos(a) * u * 0.1f, std::sin(a) * u * 0.1f));
            const ImVec2 p2 = add(fist, ImVec2(std::cos(a) * u * (angry ? 0.16f : 0.13f), std::sin(a) * u * (angry ? 0.16f : 0.13f)));
            if (!angry) {  // tremble: short parallel ticks
                d->AddLine(p0, p2, mark, w);
                continue;
            }
            const ImVec2 p1 = add(lerp2(p0, p2, 0.5f), ImVec2(-std::sin(a) * u * 0.015f, std::cos(a) * u * 0.015f));
            d->AddLine(p0, p1, mark, w);  // jagged anger marks
            d->AddLine(p1, p2, mark, w);
        }
    }
}

/// Short marks in the air by a part that feels cool (the skin itself keeps its normal colour:
/// limbs can look pink yet feel cool, REFERENCE §6).
void coolMarks(ImDrawList* d, ImVec2 at, float u, float outward) {
    const ImU32 cool = IM_COL32(96, 160, 176, 220);
    const float w = std::max(1.0f, u * 0.008f);
    for (int k = -1; k <= 1; ++k) {
        const float a = outward + k * 0.6f;
        d->AddLine(add(at, ImVec2(std::cos(a) * u * 0.065f, std::sin(a) * u * 0.065f)), add(at, ImVec2(std::cos(a) * u * 0.095f, std::sin(a) * u * 0.095f)),
                   cool, w);
    }
}

void warmMarks(ImDrawList* d, ImVec2 at, float u, float strength) {
    softGlow(d, at, ImVec2(u * 0.1f, u * 0.08f), IM_COL32(250, 170, 90, static_cast<int>(110 * strength)), 5);
    const float w = std::max(1.0f, u * 0.009f);
    for (int k = -1; k <= 1; ++k) {  // heat waves rising off the chest
        const ImVec2 b = add(at, ImVec2(k * u * 0.045f, -u * 0.06f));
        strokeQuad(d, b, add(b, ImVec2(u * 0.02f, -u * 0.025f)), add(b, ImVec2(0, -u * 0.05f)), withAlpha(IM_COL32(220, 120, 60, 230), strength), w);
    }
}

void temperatureMarks(ImDrawList* d, const Rig& r, bool feet, float warm) {
    const float u = r.unitPx;
    for (int i = 0; i < 2; ++i) {
        const float out = i == 0 ? 3.14f : 0.0f;
        coolMarks(d, r.arms[i].end, u, out + (i == 0 ? 0.4f : -0.4f));
        if (feet) coolMarks(d, r.legs[i].end, u, out + (i == 0 ? -0.5f : 0.5f));
    }
    warmMarks(d, lerp2(r.neck, r.hips, 0.3f), u, warm);
}


void feelHands(ImDrawList* d, const Rig& r) {
    // The caregiver's fingers round the baby's hand: the hands and feet are what feel cool.
    const float u = r.unitPx;
    temperatureMarks(d, r, true, 0.5f);
    const ImVec2 h = r.arms[1].end;
    adultHandOn(d, add(h, ImVec2(u * 0.08f, u * 0.06f)), add(h, ImVec2(u * 0.12f, u * 0.3f)), u, -2.5f);
}

void feelChest(ImDrawList* d, const Rig& r) {
    // The caregiver's flat palm on the chest checking the core: warm, while the hands stay cool.
    const float u = r.unitPx;
    const ImVec2 chest = lerp2(r.neck, r.hips, 0.4f);
    adultHandOn(d, chest, add(chest, ImVec2(u * 0.32f, u * 0.3f)), u, -2.3f);
    temperatureMarks(d, r, false, 1.0f);
}
}  // namespace

void adultHandOn(ImDrawList* d, ImVec2 palm, ImVec2 from, float u, float fingersAngle) {
    fillCapsule(d, add(from, mul(sub(from, palm), 0.4f)), from, u * 0.085f, u * 0.08f, kSleeveShade);
    fillCapsule(d, from, palm, u * 0.065f, u * 0.055f, kAdultSkin);
    fillCapsule(d, add(from, mul(sub(from, palm), 0.25f)), from, u * 0.085f, u * 0.083f, kSleeve);
    fillEllipse(d, palm, ImVec2(u * 0.075f, u * 0.06f), fingersAngle, kAdultSkin);
    for (int k = 0; k < 4; ++k) {
        const float a = fingersAngle + (k - 1.5f) * 0.22f;
        const ImVec2 b = add(palm, ImVec2(std::cos(a) * u * 0.05f, std::sin(a) * u * 0.05f));
        fillCapsule(d, b, add(b, ImVec2(std::cos(a) * u * 0.06f, std::sin(a) * u * 0.06f)), u * 0.018f, u * 0.015f, k % 2 ? kAdultSkin : kAdultSkinShade);
    }
    const float ta = fingersAngle + 1.4f;  // thumb
    const ImVec2 tb = add(palm, ImVec2(std::cos(ta) * u * 0.05f, std::sin(ta) * u * 0.05f));
    fillCapsule(d, tb, add(tb, ImVec2(std::cos(ta - 0.6f) * u * 0.05f, std::sin(ta - 0.6f) * u * 0.05f)), u * 0.02f, u * 0.017f, kAdultSkinShade);
}

bool showsBareLegs(const core::DepictionDef& d) {
    return d.context == Context::WetNappy || d.context == Context::SoiledNappy;
}

void drawContextBehind(ImDrawList* d, const Rig& r, const BabyLook& look) {
    if (look.held) return;  // in arms the caregiver's arms are the setting
    switch (look.depiction.context) {
        case Context::CarSeat: carSeatShell(d, r); break;
        case Context::SoftBedding: blanket(d, r); break;
        case Context::CaregiverKnees: if (r.standing) caregiverKnees(d, r); break;
        case Context::CaregiverLeaving: caregiverLeaving(d, r); break;
        default: break;
    }
}

void drawContextOnBody(ImDrawList* d, const Rig& r, const BabyLook& look, const Palette& p) {
    switch (look.depiction.context) {
        case Context::CarSeat: if (!look.held) harness(d, r); break;
        case Context::WetNappy: nappy(d, r, true, false, p); break;
        case Context::SoiledNappy: nappy(d, r, false, true, p); break;
        default: break;
    }
}

void drawContextFront(ImDrawList* d, const Rig& r, const BabyLook& look, const Anim& an) {
    switch (look.depiction.context) {
        case Context::SoftBedding: if (!look.held) softToy(d, r); break;
        case Context::CaregiverAngry: caregiverStrain(d, r, an, true); break;
        case Context::CaregiverTense: caregiverStrain(d, r, an, false); break;
        case Context::FeelHands: feelHands(d, r); break;
        case Context::FeelChest: feelChest(d, r); break;
        default: break;
    }
}

}  // namespace render
