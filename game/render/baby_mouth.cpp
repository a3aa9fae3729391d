// The mouth (SENSORY table (a)): rooting opens toward the turned side, sucking pulses at ~2 Hz in
// bursts, the yawn opens slowly and wide, the cry is square with a raised upper lip and deep
// nose-to-mouth folds, the coo is a rounded "o", the smile lifts the corners and the cheeks.
#include <algorithm>
#include <cmath>

#include "render/face_frame.h"

namespace render {

using core::Mouth;

namespace {
constexpr float kMouthY = 0.56f;

float lineW(const FaceFrame& f, float radii) { return std::max(1.2f, f.px(radii)); }

/// An open oval mouth with lips around it and an optional tongue.
void ovalMouth(ImDrawList* d, const FaceFrame& f, ImVec2 c, float rx, float ry, float tongue, const Palette& p) {
    const ImVec2 m = f.at(c.x, c.y);
    fillEllipse(d, m, ImVec2(f.px(rx + 0.035f), f.px(ry + 0.035f)), f.roll, p.lips);
    fillEllipse(d, m, ImVec2(f.px(rx), f.px(ry)), f.roll, p.mouthInside);
    if (tongue > 0.0f)
        fillEllipse(d, f.at(c.x, c.y + ry * 0.45f), ImVec2(f.px(rx * 0.7f), f.px(ry * 0.45f * tongue)), f.roll, p.tongue);
}

void neutral(ImDrawList* d, const FaceFrame& f, const Palette& p, float up) {
    strokeQuad(d, f.at(-0.11f, kMouthY - 0.01f * up), f.at(0, kMouthY + 0.06f * up), f.at(0.11f, kMouthY - 0.01f * up), p.lips,
               lineW(f, 0.04f));
}

void cry(ImDrawList* d, const FaceFrame& f, float open, const Palette& p) {
    // Square, angular: the upper edge flat and raised, the lower lip stretched down.
    const float h = 0.14f + 0.24f * open, top = kMouthY - 0.07f, wT = 0.22f, wB = 0.3f;
    const ImVec2 q[4] = {f.at(-wT, top), f.at(wT, top), f.at(wB * 0.8f, top + h), f.at(-wB * 0.8f, top + h)};
    const ImVec2 lip[4] = {f.at(-wT - 0.05f, top - 0.04f), f.at(wT + 0.05f, top - 0.04f), f.at(wB * 0.8f + 0.05f, top + h + 0.05f),
                           f.at(-wB * 0.8f - 0.05f, top + h + 0.05f)};
    d->AddConvexPolyFilled(lip, 4, p.lips);
    d->AddConvexPolyFilled(q, 4, p.mouthInside);
    // Raised, cupped tongue at the back of the mouth.
    fillEllipse(d, f.at(0, top + h * 0.72f), ImVec2(f.px(wB * 0.55f), f.px(h * 0.24f)), f.roll, p.tongue);
    const float w = lineW(f, 0.025f);
    for (int s = -1; s <= 1; s += 2) {  // nasolabial folds
        strokeQuad(d, f.at(s * 0.14f, 0.33f), f.at(s * 0.33f, 0.40f), f.at(s * 0.34f, top + 0.06f), p.lineSoft, w);
    }
    strokeQuad(d, f.at(-0.12f, top + h + 0.12f), f.at(0, top + h + 0.16f), f.at(0.12f, top + h + 0.12f), p.lineSoft, w * 0.8f);
}

void smile(ImDrawList* d, const FaceFrame& f, const Palette& p) {
    // Open-mouth smile: a flat top and a deep round bottom, corners lifted.
    const ImVec2 l = f.at(-0.21f, kMouthY - 0.06f), r = f.at(0.21f, kMouthY - 0.06f);
    fillLens(d, l, f.at(0, kMouthY - 0.07f), r, f.at(0, kMouthY + 0.3f), p.mouthInside);
    fillEllipse(d, f.at(0, kMouthY + 0.08f), ImVec2(f.px(0.09f), f.px(0.035f)), f.roll, p.tongue);
    strokeQuad(d, l, f.at(0, kMouthY + 0.3f), r, p.lips, lineW(f, 0.035f));
    strokeQuad(d, l, f.at(0, kMouthY - 0.07f), r, p.lips, lineW(f, 0.03f));
    for (int s = -1; s <= 1; s += 2)  // dimples at the lifted corners
        strokeArc(d, f.at(s * 0.25f, kMouthY - 0.08f), f.px(0.04f), s > 0 ? 2.2f : 0.0f, s > 0 ? 3.6f : 1.0f, p.lineSoft, lineW(f, 0.015f));
}

void grimace(ImDrawList* d, const FaceFrame& f, const Palette& p) {
    // Horizontal stretch, lips parted, corners pulled slightly down.
    const ImVec2 l = f.at(-0.25f, kMouthY + 0.04f), r = f.at(0.25f, kMouthY + 0.04f);
    fillLens(d, l, f.at(0, kMouthY - 0.1f), r, f.at(0, kMouthY + 0.14f), p.lips);
    fillLens(d, f.at(-0.2f, kMouthY + 0.03f), f.at(0, kMouthY - 0.04f), f.at(0.2f, kMouthY + 0.03f), f.at(0, kMouthY + 0.08f), p.mouthInside);
    strokeQuad(d, f.at(-0.12f, kMouthY + 0.2f), f.at(0, kMouthY + 0.24f), f.at(0.12f, kMouthY + 0.2f), p.lineSoft, lineW(f, 0.02f));
}

void fuss(ImDrawList* d, const FaceFrame& f, float open, const Palette& p) {
    // "eh" openings with the lower lip pushed out and the corners turned down.
    const ImVec2 l = f.at(-0.14f, kMouthY + 0.06f), r = f.at(0.14f, kMouthY + 0.06f);
    fillLens(d, l, f.at(0, kMouthY - 0.06f - 0.05f * open), r, f.at(0, kMouthY + 0.1f + 0.04f * open), p.mouthInside);
    strokeQuad(d, l, f.at(0, kMouthY - 0.06f - 0.05f * open), r, p.lips, lineW(f, 0.035f));
    fillLens(d, f.at(-0.12f, kMouthY + 0.08f), f.at(0, kMouthY + 0.06f), f.at(0.12f, kMouthY + 0.08f), f.at(0, kMouthY + 0.23f), p.lips);
}

void pursed(ImDrawList* d, const FaceFrame& f, float jaw, const Palette& p) {
    // Sucking: lips pushed into a small ring; the jaw (chin) moves with each suck.
    const float y = kMouthY + 0.03f * jaw;
    fillEllipse(d, f.at(0, y), ImVec2(f.px(0.1f), f.px(0.075f + 0.015f * jaw)), f.roll, p.lips);
    fillEllipse(d, f.at(0, y), ImVec2(f.px(0.03f), f.px(0.02f + 0.02f * jaw)), f.roll, p.mouthInside);
    strokeQuad(d, f.at(-0.09f, y + 0.17f + 0.03f * jaw), f.at(0, y + 0.21f + 0.03f * jaw), f.at(0.09f, y + 0.17f + 0.03f * jaw), p.lineSoft,
               lineW(f, 0.02f));
}
}  // namespace

void drawMouth(ImDrawList* d, const FaceFrame& f, const BabyLook& look, const Anim& an, const Palette& p) {
    const core::DepictionDef& dep = look.depiction;
    switch (dep.mouth) {
        case Mouth::Open: ovalMouth(d, f, ImVec2(0, kMouthY + 0.02f), 0.1f, 0.08f, 0.6f, p); break;
        case Mouth::Rooting: {
            // Wide open, lips reaching toward the turned side, tongue on the lower lip.
            const float side = f.yaw >= 0 ? 1.0f : -1.0f;
            ovalMouth(d, f, ImVec2(0.07f * side, kMouthY + 0.02f), 0.15f, 0.13f, 1.0f, p);
            fillEllipse(d, f.at(0.07f * side, kMouthY + 0.14f), ImVec2(f.px(0.08f), f.px(0.04f)), f.roll, p.tongue);
            break;
        }
        case Mouth::Sucking: pursed(d, f, an.suck, p); break;
        case Mouth::LipSmack:
            if (an.suck > 0.5f) ovalMouth(d, f, ImVec2(0, kMouthY), 0.08f, 0.05f * an.suck, 0.0f, p);
            else pursed(d, f, 0.0f, p);
            fillEllipse(d, f.at(0.0f, kMouthY + 0.06f), ImVec2(f.px(0.06f), f.px(0.035f)), f.roll, p.tongue);
            break;
        case Mouth::Yawn: {
            const float o = std::max(0.08f, an.yawn);
            ovalMouth(d, f, ImVec2(0, kMouthY + 0.06f * o), 0.12f + 0.06f * o, 0.05f + 0.2f * o, 0.5f, p);
            break;
        }
        case Mouth::Grimace: grimace(d, f, p); break;
        case Mouth::Fuss: fuss(d, f, 0.5f + 0.5f * an.suck, p); break;
        case Mouth::Cry: cry(d, f, an.cry, p); break;
        case Mouth::Smile: smile(d, f, p); break;
        case Mouth::Coo: ovalMouth(d, f, ImVec2(0, kMouthY + 0.03f), 0.075f, 0.1f, 0.3f, p); break;
        case Mouth::TongueOut:
            ovalMouth(d, f, ImVec2(0, kMouthY), 0.1f, 0.06f, 0.0f, p);
            fillEllipse(d, f.at(0, kMouthY + 0.08f), ImVec2(f.px(0.08f), f.px(0.07f)), f.roll, p.tongue);
            break;
        default: neutral(d, f, p, 1.0f); break;
    }
}

}  // namespace render
