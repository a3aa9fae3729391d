// What wraps the body (core::Wrap): a swaddle folded snug round arms and legs (only the head
// shows), a sleeveless sleep bag from the shoulders past the feet, or a loose blanket over the body.
#include <algorithm>
#include <cmath>

#include "render/baby_parts.h"
#include "render/shapes.h"

namespace render {

using core::Wrap;

namespace {
ImVec2 feetOf(const Rig& r) { return lerp2(r.legs[0].end, r.legs[1].end, 0.5f); }

void swaddle(ImDrawList* d, const Rig& r, const BabyLook& look, const Anim& an) {
    const float u = r.unitPx;
    const ImVec2 top = lerp2(r.head, r.neck, 0.55f), bottom = add(feetOf(r), mul(sub(feetOf(r), r.hips), 0.1f));
    const ImVec2 axis = sub(bottom, top);
    const float len = std::max(length(axis), 1.0f), ang = std::atan2(axis.y, axis.x);
    const ImVec2 c = lerp2(top, bottom, 0.5f);
    const bool onSide = r.lying && look.depiction.lying == core::Lying::Side;
    const float hw = std::max(r.torsoHalfWidthPx * 1.3f, u * 0.12f) * (onSide ? 0.85f : 1.0f);
    const ImU32 cloth = IM_COL32(238, 222, 196, 255), shade = IM_COL32(210, 190, 160, 255), stripe = IM_COL32(150, 186, 210, 255);
    fillEllipse(d, add(c, ImVec2(u * 0.006f, u * 0.01f)), ImVec2(len * 0.55f, hw * 1.04f), ang, shade, 40);
    fillEllipse(d, c, ImVec2(len * 0.54f, hw), ang, cloth, 40);
    const ImVec2 along = mul(axis, 1.0f / len), across(-along.y, along.x);
    auto at = [&](float a, float b) { return add(c, add(mul(along, a * len), mul(across, b * hw))); };
    // The wrap's folded flaps crossing over the chest, and a blue edge stripe.
    strokeQuad(d, at(-0.42f, -0.7f), at(-0.1f, 0.1f), at(0.3f, 0.85f), shade, std::max(1.0f, u * 0.012f));
    strokeQuad(d, at(-0.42f, 0.7f), at(-0.2f, 0.0f), at(0.05f, -0.9f), stripe, std::max(1.0f, u * 0.016f));
    strokeQuad(d, at(0.25f, -0.95f), at(0.35f, 0.0f), at(0.45f, 0.6f), shade, std::max(1.0f, u * 0.01f));
    if (onSide) {  // rocked onto its side: the mattress line under it and rocking arcs over it
        d->AddLine(at(-0.45f, 1.15f), at(0.5f, 1.15f), IM_COL32(200, 190, 176, 255), std::max(1.0f, u * 0.012f));
        for (int k = 0; k < 2; ++k)
            strokeArc(d, c, hw * (1.5f + 0.25f * k), ang - 1.9f, ang - 1.2f, IM_COL32(120, 96, 90, 170), std::max(1.0f, u * 0.008f));
    }
    if (look.depiction.motion >= 0.5f) {  // pushing against the wrap: strain marks at the sides
        const float w = std::max(1.0f, u * 0.008f);
        const float j = 0.02f * std::sin(static_cast<float>(an.t) * 9.0f) * an.amp;
        for (int s = -1; s <= 1; s += 2)
            for (int k = 0; k < 2; ++k) {
                const ImVec2 p = at(-0.1f + 0.25f * k + j, s * 1.25f);
                d->AddLine(p, add(p, mul(across, s * u * 0.05f)), IM_COL32(120, 96, 90, 170), w);
            }
    }
}

void sleepBag(ImDrawList* d, const Rig& r) {
    const float u = r.unitPx;
    const ImVec2 top = lerp2(r.neck, r.hips, 0.02f), bottom = add(feetOf(r), mul(sub(feetOf(r), r.hips), 0.15f));
    const ImVec2 axis = sub(bottom, top);
    const float len = std::max(length(axis), 1.0f), ang = std::atan2(axis.y, axis.x);
    const ImVec2 along = mul(axis, 1.0f / len), across(-along.y, along.x);
    const ImVec2 c = lerp2(top, bottom, 0.55f);
    const ImU32 bag = IM_COL32(176, 208, 184, 255), shade = IM_COL32(148, 184, 160, 255);
    fillEllipse(d, c, ImVec2(len * 0.52f, r.torsoHalfWidthPx * 1.5f), ang, shade, 40);
    fillEllipse(d, add(c, mul(across, -u * 0.006f)), ImVec2(len * 0.5f, r.torsoHalfWidthPx * 1.44f), ang, bag, 40);
    fillEllipse(d, lerp2(top, c, 0.3f), ImVec2(len * 0.2f, r.torsoHalfWidthPx * 1.1f), ang, bag, 32);
    d->AddLine(lerp2(top, bottom, 0.06f), lerp2(top, bottom, 0.7f), shade, std::max(1.0f, u * 0.01f));  // zip
    for (int k = 0; k < 5; ++k) {  // stars
        const ImVec2 p = add(lerp2(top, bottom, 0.3f + 0.12f * k), mul(across, (k % 2 ? 1.0f : -1.0f) * r.torsoHalfWidthPx * 0.7f));
        d->AddCircleFilled(p, u * 0.012f, IM_COL32(250, 236, 170, 255));
    }
}

void looseBlanket(ImDrawList* d, const Rig& r) {
    // A loose blanket pulled up over the body to the chest: soft bedding (not safe sleep).
    const float u = r.unitPx;
    const ImVec2 top = lerp2(r.neck, r.hips, 0.3f), bottom = add(feetOf(r), mul(sub(feetOf(r), r.hips), 0.3f));
    const ImVec2 axis = sub(bottom, top);
    const float len = std::max(length(axis), 1.0f), ang = std::atan2(axis.y, axis.x);
    const ImVec2 c = lerp2(top, bottom, 0.5f);
    fillEllipse(d, c, ImVec2(len * 0.56f, u * 0.3f), ang, IM_COL32(226, 196, 124, 255), 40);
    fillEllipse(d, c, ImVec2(len * 0.54f, u * 0.28f), ang, IM_COL32(244, 222, 150, 255), 40);
    const ImVec2 along = mul(axis, 1.0f / len), across(-along.y, along.x);
    for (int k = -1; k <= 1; ++k)
        strokeQuad(d, add(top, mul(across, k * u * 0.15f)), add(c, mul(across, k * u * 0.22f + u * 0.03f)),
                   add(bottom, mul(across, k * u * 0.12f)), IM_COL32(226, 196, 124, 255), std::max(1.0f, u * 0.012f));
}
}  // namespace

bool wrapHidesLegs(Wrap w) { return w == Wrap::Swaddle || w == Wrap::SleepBag; }

void drawWrap(ImDrawList* d, const Rig& r, const BabyLook& look, const Anim& an) {
    switch (look.depiction.wrap) {
        case Wrap::Swaddle: swaddle(d, r, look, an); break;
        case Wrap::SleepBag: sleepBag(d, r); break;
        case Wrap::Blanket: looseBlanket(d, r); break;
        default: break;
    }
}

}  // namespace render
