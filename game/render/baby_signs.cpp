// Signs a caption names that the face and body alone do not show (core::Mark): green vomit or
// milk at the mouth, blue or dry lips, a rash that stays under a pressed glass, a heat rash at the
// neck, the chest drawing in under the ribs with each grunting breath, a thermometer under the arm,
// and the day's few wet nappies counted out. Medical signs are drawn plainly, not for alarm.
#include <algorithm>
#include <cmath>

#include "render/baby_parts.h"
#include "render/face_frame.h"
#include "render/shapes.h"

namespace render {

using core::Mark;

namespace {
const ImU32 kVomit = IM_COL32(132, 168, 64, 235), kVomitDark = IM_COL32(100, 134, 44, 255);
const ImU32 kPetechia = IM_COL32(150, 40, 70, 255);

void vomit(ImDrawList* d, const FaceFrame& f) {
    // A trickle from the mouth corner down past the chin and a puddle on the sheet beside the head.
    const float w = f.px(0.09f);
    strokeQuad(d, f.at(0.18f, 0.62f), f.at(0.4f, 0.85f), f.fixed(0.55f, 1.1f), kVomit, w);
    const ImVec2 pool = f.fixed(0.95f, 1.05f);
    fillEllipse(d, pool, ImVec2(f.px(0.62f), f.px(0.34f)), f.roll + 0.6f, kVomitDark, 24);
    fillEllipse(d, pool, ImVec2(f.px(0.58f), f.px(0.3f)), f.roll + 0.6f, kVomit, 24);
    for (int k = 0; k < 4; ++k)
        d->AddCircleFilled(add(pool, rotate(ImVec2(f.px(-0.3f + 0.2f * k), f.px(0.3f - 0.05f * k)), f.roll)), f.px(0.05f), kVomit);
}

void milk(ImDrawList* d, const FaceFrame& f) {
    strokeQuad(d, f.at(0.2f, 0.62f), f.at(0.3f, 0.75f), f.at(0.28f, 0.88f), IM_COL32(252, 250, 240, 240), f.px(0.07f));
    d->AddCircleFilled(f.at(0.28f, 0.9f), f.px(0.05f), IM_COL32(252, 250, 240, 250));
}

void blueLips(ImDrawList* d, const FaceFrame& f) {
    // The lips themselves are tinted in the palette; a dusky ring round the mouth.
    softGlow(d, f.at(0.0f, 0.6f), ImVec2(f.px(0.36f), f.px(0.26f)), IM_COL32(110, 120, 190, 150), 4);
}

void dryLips(ImDrawList* d, const FaceFrame& f) {
    for (int k = -2; k <= 2; ++k)  // cracks across the lips
        d->AddLine(f.at(k * 0.06f, 0.55f), f.at(k * 0.06f + 0.015f, 0.65f), IM_COL32(160, 110, 100, 255), std::max(1.0f, f.px(0.02f)));
}

void heatRash(ImDrawList* d, const FaceFrame& f) {
    for (int i = 0; i < 18; ++i) {
        const float x = -0.55f + 1.1f * hashNoise(i, 81), y = 0.85f + 0.25f * hashNoise(i, 82);
        d->AddCircleFilled(f.fixed(x, y), f.px(0.03f), IM_COL32(214, 70, 70, 220));
    }
}

void petechiae(ImDrawList* d, ImVec2 c, float radiusPx, float dotPx, int n, int salt) {
    for (int i = 0; i < n; ++i) {
        const float a = hashNoise(i, salt) * 6.283f, rr = std::sqrt(hashNoise(i, salt + 1)) * radiusPx;
        d->AddCircleFilled(add(c, ImVec2(std::cos(a) * rr, std::sin(a) * rr)), dotPx, kPetechia);
    }
}

void glassRash(ImDrawList* d, const Rig& r, const FaceFrame& f) {
    // Dark pin-point spots on the cheek and chest; a clear glass pressed on the chest, the spots
    // still showing through it.
    const float u = r.unitPx;
    petechiae(d, f.at(-0.45f, 0.3f), f.px(0.25f), f.px(0.03f), 10, 91);
    const ImVec2 chest = lerp2(r.neck, r.hips, 0.35f);
    petechiae(d, chest, u * 0.12f, u * 0.009f, 26, 93);
    const float gr = u * 0.09f;
    d->AddCircleFilled(chest, gr, IM_COL32(220, 236, 246, 70));
    d->AddCircle(chest, gr, IM_COL32(150, 180, 200, 230), 32, std::max(1.5f, u * 0.01f));
    d->AddCircle(chest, gr * 0.82f, IM_COL32(190, 214, 230, 160), 32, std::max(1.0f, u * 0.005f));
    strokeArc(d, chest, gr * 0.65f, 3.6f, 4.4f, IM_COL32(255, 255, 255, 220), std::max(1.0f, u * 0.01f));  // glint
}

void chestIndrawing(ImDrawList* d, const Rig& r, const Anim& an) {
    // Each in-breath pulls the soft part under the ribs in: a deepening curve below the chest, rib
    // lines, and short puff marks at the mouth for the grunt on each out-breath.
    const float u = r.unitPx;
    const ImVec2 ax = sub(r.hips, r.neck);
    const float ang = std::atan2(ax.y, ax.x);
    const float pull = 0.4f + 0.6f * an.breath;
    const ImVec2 c = lerp2(r.neck, r.hips, 0.55f);
    const ImU32 line = IM_COL32(130, 90, 90, 230);
    const float w = std::max(1.2f, u * 0.01f);
    strokeQuad(d, add(c, rotate(ImVec2(-u * 0.02f, -r.torsoHalfWidthPx * 0.8f), ang)), add(c, rotate(ImVec2(-u * 0.06f * pull, 0), ang)),
               add(c, rotate(ImVec2(-u * 0.02f, r.torsoHalfWidthPx * 0.8f), ang)), line, w * 1.4f);
    for (int s = -1; s <= 1; s += 2)
        for (int k = 0; k < 3; ++k) {
            const ImVec2 a = add(r.neck, rotate(ImVec2(u * (0.06f + 0.035f * k), s * r.torsoHalfWidthPx * 0.35f), ang));
            d->AddLine(a, add(a, rotate(ImVec2(u * 0.015f, s * r.torsoHalfWidthPx * 0.4f), ang)), withAlpha(line, pull * 0.8f), w);
        }
}

void thermometer(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    const ImVec2 pit = lerp2(r.arms[1].root, r.arms[1].joint, 0.15f);
    const ImVec2 out = add(pit, ImVec2(u * 0.16f, -u * 0.1f));
    fillCapsule(d, pit, out, u * 0.014f, u * 0.026f, IM_COL32(246, 246, 246, 255));
    d->AddRectFilled(sub(out, ImVec2(u * 0.035f, u * 0.022f)), add(out, ImVec2(u * 0.035f, u * 0.022f)), IM_COL32(90, 96, 110, 255), u * 0.006f);
    for (int k = 0; k < 3; ++k)  // a reading on the display, in warm red
        d->AddRectFilled(add(out, ImVec2(u * (-0.027f + 0.02f * k), -u * 0.012f)), add(out, ImVec2(u * (-0.012f + 0.02f * k), u * 0.012f)),
                         IM_COL32(240, 110, 80, 255));
}

void nappyTally(ImDrawList* d, const Rig& r) {
    // Three wet nappies counted out at the side, and the outlines of the ones a day usually brings.
    const float u = r.unitPx;
    const ImVec2 base(r.hips.x + u * 0.1f, std::max(r.legs[0].end.y, r.legs[1].end.y) + u * 0.14f);
    for (int k = 0; k < 6; ++k) {
        const ImVec2 a(base.x + u * 0.085f * k - u * 0.25f, base.y), b(a.x + u * 0.07f, a.y + u * 0.06f);
        if (k < 3) {
            d->AddRectFilled(a, b, IM_COL32(250, 250, 244, 255), u * 0.015f);
            d->AddRectFilled(ImVec2(a.x + u * 0.012f, a.y + u * 0.02f), ImVec2(b.x - u * 0.012f, b.y - u * 0.01f), IM_COL32(232, 206, 112, 200), u * 0.01f);
        } else {
            d->AddRect(a, b, IM_COL32(150, 130, 120, 170), u * 0.015f, 0, std::max(1.0f, u * 0.006f));
        }
    }
}
}  // namespace

void drawBodyMarks(ImDrawList* d, const Rig& r, const BabyLook& look, const Anim& an, const Palette& p) {
    (void)p;
    const core::DepictionDef& dep = look.depiction;
    if (dep.has(Mark::ChestIndrawing)) chestIndrawing(d, r, an);
    if (dep.has(Mark::Thermometer)) thermometer(d, r);
    if (dep.has(Mark::NappyTally)) nappyTally(d, r);
}

void drawFaceMarks(ImDrawList* d, const Rig& r, const BabyLook& look, const Anim& an, const Palette& p) {
    (void)an;
    (void)p;
    if (r.prone) return;
    const core::DepictionDef& dep = look.depiction;
    const FaceFrame f = faceFrameOf(r);
    if (dep.has(Mark::BlueLips)) blueLips(d, f);
    if (dep.has(Mark::DryLips)) dryLips(d, f);
    if (dep.has(Mark::HeatRash)) heatRash(d, f);
    if (dep.has(Mark::Rash)) glassRash(d, r, f);
    if (dep.has(Mark::Milk)) milk(d, f);
    if (dep.has(Mark::Vomit)) vomit(d, f);
}

}  // namespace render
