// The head of a baby lying on its tummy, seen from above: the back of the head with its hair and
// crown whorl, the upper ear, and the face turned to one side with the cheek on the mattress.
#include <algorithm>
#include <cmath>

#include "render/baby_parts.h"
#include "render/face_frame.h"

namespace render {

namespace {
void backOfHead(ImDrawList* d, const FaceFrame& f, const Palette& p) {
    fillEllipse(d, f.fixed(0.04f, 0.06f), ImVec2(f.px(1.04f), f.px(1.0f)), f.roll, p.skinShade, 48);
    fillEllipse(d, f.c, ImVec2(f.r, f.px(0.97f)), f.roll, p.skin, 48);
    // Fine baby hair over the back of the head, thinning toward the face side.
    fillEllipse(d, f.fixed(0.22f, -0.08f), ImVec2(f.px(0.74f), f.px(0.82f)), f.roll, withAlpha(p.hair, 0.22f), 40);
    const float w = std::max(1.0f, f.px(0.025f));
    for (int k = 0; k < 7; ++k) {  // fine hair strands swirling out from the crown
        const float a = 0.9f * k;
        const ImVec2 o = f.fixed(0.34f, -0.3f);
        const ImVec2 tip = add(o, ImVec2(std::cos(a) * f.px(0.5f), std::sin(a) * f.px(0.45f)));
        strokeQuad(d, o, add(o, ImVec2(std::cos(a + 0.9f) * f.px(0.3f), std::sin(a + 0.9f) * f.px(0.3f))), tip, withAlpha(p.hair, 0.7f), w);
    }
}

void upperEar(ImDrawList* d, const FaceFrame& f, const Palette& p) {
    const ImVec2 c = f.fixed(-0.05f, 0.1f);
    fillEllipse(d, c, ImVec2(f.px(0.17f), f.px(0.22f)), f.roll + 0.3f, p.skinShade);
    fillEllipse(d, c, ImVec2(f.px(0.11f), f.px(0.15f)), f.roll + 0.3f, withAlpha(p.cheek, 0.55f));
    strokeArc(d, c, f.px(0.12f), f.roll - 2.0f, f.roll + 0.8f, p.lineSoft, std::max(1.0f, f.px(0.025f)));
}

void sideFace(ImDrawList* d, const FaceFrame& f, const BabyLook& look, const Palette& p) {
    // The cheek pressed on the mattress bulges past the outline; eye, nose tip and lips at the edge.
    fillEllipse(d, f.fixed(-0.62f, 0.42f), ImVec2(f.px(0.46f), f.px(0.4f)), f.roll, p.skin, 32);
    softGlow(d, f.fixed(-0.6f, 0.38f), ImVec2(f.px(0.22f), f.px(0.15f)), withAlpha(p.cheek, 0.6f), 4);
    const float lw = std::max(1.2f, f.px(0.035f));
    const ImVec2 eye = f.fixed(-0.6f, 0.02f);
    const bool open = look.depiction.eyes != core::Eyes::Closed && look.depiction.eyes != core::Eyes::Squeezed;
    if (open) fillEllipse(d, eye, ImVec2(f.px(0.08f), f.px(0.09f)), f.roll, p.iris);
    strokeArc(d, eye, f.px(0.12f), f.roll + 0.3f, f.roll + 2.6f, p.line, lw);  // closed lid: lash arc
    for (int k = 0; k < 3; ++k) {
        const float a = f.roll + 0.8f + 0.6f * k;
        d->AddLine(add(eye, ImVec2(std::cos(a) * f.px(0.12f), std::sin(a) * f.px(0.12f))),
                   add(eye, ImVec2(std::cos(a) * f.px(0.17f), std::sin(a) * f.px(0.17f))), p.line, lw * 0.7f);
    }
    strokeArc(d, f.fixed(-0.6f, -0.12f), f.px(0.16f), f.roll + 3.6f, f.roll + 5.2f, withAlpha(p.hair, 0.6f), lw);  // faint brow
    fillEllipse(d, f.fixed(-0.98f, 0.3f), ImVec2(f.px(0.08f), f.px(0.07f)), f.roll, p.skinShade);  // nose tip
    fillEllipse(d, f.fixed(-0.96f, 0.29f), ImVec2(f.px(0.06f), f.px(0.05f)), f.roll, p.skin);
    strokeQuad(d, f.fixed(-0.95f, 0.56f), f.fixed(-0.86f, 0.6f), f.fixed(-0.8f, 0.55f), p.lips, lw * 1.3f);  // lips
}
}  // namespace

void drawHeadFromBehind(ImDrawList* d, const Rig& r, const BabyLook& look, const Palette& p) {
    FaceFrame f;
    f.c = r.head;
    f.r = r.headR;
    f.roll = r.headRollRad;
    // A soft shadow where the cheek rests on the mattress.
    softGlow(d, f.fixed(-0.55f, 0.75f), ImVec2(f.px(0.6f), f.px(0.22f)), IM_COL32(120, 90, 80, 60), 5);
    backOfHead(d, f, p);
    sideFace(d, f, look, p);
    upperEar(d, f, p);
}

}  // namespace render
