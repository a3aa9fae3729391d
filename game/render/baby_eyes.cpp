// Eyes (open, wide, half, closed, REM, glazed, squeezed), gaze and brows (SENSORY §4, table (a)):
// large irises set wide on the eye line; squeezed eyes fan creases and raise the cheeks.
#include <algorithm>
#include <cmath>

#include "render/face_frame.h"

namespace render {

using core::Brows;
using core::Eyes;
using core::Gaze;

namespace {
constexpr float kPiF = 3.14159265f;
constexpr float kEyeX = 0.37f, kEyeY = 0.06f, kEyeRx = 0.165f, kEyeRy = 0.15f;

float openness(const core::DepictionDef& d, const Anim& an) {
    float o = 0.0f;
    switch (d.eyes) {
        case Eyes::Open: o = 0.85f; break;
        case Eyes::Wide: o = 1.05f; break;
        case Eyes::Half: o = 0.42f; break;
        case Eyes::Glazed: o = 0.72f; break;
        default: return 0.0f;
    }
    if (d.mouth == core::Mouth::Yawn) o *= 1.0f - 0.9f * an.yawn;
    if (d.mouth == core::Mouth::Smile) o *= 0.8f;  // Duchenne: narrowed by raised cheeks
    if (d.eyes != Eyes::Glazed) o *= 1.0f - an.blink;
    return o;
}

ImVec2 gazeOffset(const core::DepictionDef& d, const Anim& an, float yaw) {
    const float t = static_cast<float>(an.t);
    switch (d.gaze) {
        case Gaze::Away: return ImVec2(yaw != 0.0f ? (yaw > 0 ? 0.8f : -0.8f) : -0.8f, 0.2f);
        case Gaze::Searching: {
            const int n = static_cast<int>(std::floor(an.t / 0.7));
            return ImVec2(hashNoise(n, 3) * 1.6f - 0.8f, hashNoise(n, 5) * 0.5f - 0.2f);
        }
        case Gaze::Fixed: return ImVec2(0.0f, 0.05f);
        case Gaze::None: return ImVec2(0.0f, 0.1f);
        default: return ImVec2(0.05f * std::sin(t * 0.7f), 0.0f);
    }
}

void openEye(ImDrawList* dl, const FaceFrame& f, float x, float o, ImVec2 gaze, bool glazed, bool wide,
             const Palette& p) {
    const ImVec2 c = f.at(x, kEyeY);
    const float sq = f.squash(x);
    const float rx = f.px(kEyeRx) * sq * (wide ? 1.08f : 1.0f), ry = f.px(kEyeRy) * (wide ? 1.1f : 1.0f);
    fillEllipse(dl, c, ImVec2(rx, ry), f.roll, p.white);
    const float ir = std::min(ry * (wide ? 0.72f : (glazed ? 0.75f : 0.86f)), rx * 0.8f);
    const float drift = glazed ? (x > 0 ? 0.5f : -0.5f) : 0.0f;  // unfocused: eyes drift apart
    const ImVec2 ic = add(c, rotate(ImVec2((gaze.x + drift) * (rx - ir) * 0.9f, gaze.y * (ry - ir) + (glazed ? ir * 0.15f : 0.0f)), f.roll));
    fillEllipse(dl, ic, ImVec2(ir * sq, ir), f.roll, glazed ? mixColour(p.iris, IM_COL32(150, 140, 134, 255), 0.45f) : p.iris);
    fillEllipse(dl, ic, ImVec2(ir * 0.5f * sq, ir * 0.5f), f.roll, glazed ? IM_COL32(70, 60, 58, 255) : IM_COL32(30, 22, 22, 255));
    if (glazed) fillEllipse(dl, c, ImVec2(rx * 0.95f, ry * 0.3f), f.roll, IM_COL32(235, 240, 245, 110));
    if (!glazed) {
        dl->AddCircleFilled(add(ic, rotate(ImVec2(-ir * 0.3f, -ir * 0.35f), f.roll)), ir * 0.26f, IM_COL32(255, 255, 255, 235));
        dl->AddCircleFilled(add(ic, rotate(ImVec2(ir * 0.3f, ir * 0.3f), f.roll)), ir * 0.1f, IM_COL32(255, 255, 255, 180));
    }
    // Upper lid covers the top (1 - o) of the eye: the part of the eye ellipse above a chord at
    // lidY (a convex cap, so it fills correctly); the lash line runs along the chord.
    const float lidY = -1.08f * ry + 2.08f * ry * std::clamp(1.0f - o, 0.0f, 1.0f);
    const float cap = std::clamp(-lidY / ry, -1.0f, 1.0f);
    const float half = std::sqrt(std::max(0.0f, 1.0f - cap * cap)) * rx;  // chord half-width
    if (lidY > -ry) {
        const float a0 = std::asin(std::clamp(lidY / ry, -1.0f, 1.0f));  // angle where the chord meets
        const float start = kPiF - a0, end = 2.0f * kPiF + a0;  // upper arc from left chord end to right
        for (int k = 0; k <= 20; ++k) {
            const float a = start + (end - start) * static_cast<float>(k) / 20.0f;
            dl->PathLineTo(add(c, rotate(ImVec2(std::cos(a) * rx * 1.06f, std::sin(a) * ry * 1.06f), f.roll)));
        }
        dl->PathFillConvex(p.skin);
    }
    const float lw = std::max(1.2f, f.px(o >= 0.8f ? 0.028f : 0.035f));
    const bool open = lidY < -ry * 0.9f;  // fully open: the lash line follows the top of the eye
    const float endX = open ? rx * 1.04f : std::max(half, rx * 0.35f) * 1.04f, endY = open ? 0.0f : lidY;
    const ImVec2 l = add(c, rotate(ImVec2(-endX, endY), f.roll)), r = add(c, rotate(ImVec2(endX, endY), f.roll));
    const ImVec2 lid = add(c, rotate(ImVec2(0, open ? -2.08f * ry : lidY - ry * 0.18f), f.roll));
    strokeQuad(dl, l, lid, r, p.line, lw);
    if (glazed) strokeQuad(dl, l, add(lid, rotate(ImVec2(0, -ry * 0.5f), f.roll)), r, withAlpha(p.skinShade, 0.8f), f.px(0.02f));
    // Lower lid: a soft line.
    strokeQuad(dl, add(c, rotate(ImVec2(-rx * 0.8f, ry * 0.55f), f.roll)), add(c, rotate(ImVec2(0, ry * 1.25f), f.roll)),
               add(c, rotate(ImVec2(rx * 0.8f, ry * 0.55f), f.roll)), withAlpha(p.skinShade, 0.7f), f.px(0.018f));
}

void closedEye(ImDrawList* dl, const FaceFrame& f, float x, const Palette& p, float bulge) {
    const float sq = f.squash(x);
    const ImVec2 l = f.at(x - kEyeRx * sq, kEyeY + 0.01f), r = f.at(x + kEyeRx * sq, kEyeY + 0.01f);
    if (bulge != 0.0f)  // REM: the eye moving under the lid
        fillEllipse(dl, f.at(x + bulge * kEyeRx * 0.5f, kEyeY - 0.02f), ImVec2(f.px(0.07f), f.px(0.045f)), f.roll,
                    withAlpha(p.skinShade, 0.55f));
    strokeQuad(dl, l, f.at(x, kEyeY + 0.11f), r, p.line, std::max(1.2f, f.px(0.035f)));
    for (int k = 0; k < 3; ++k) {  // lashes
        const float lx = x + (-0.08f + 0.08f * k) * sq;
        dl->AddLine(f.at(lx, kEyeY + 0.06f), f.at(lx + 0.01f * (k - 1), kEyeY + 0.12f), p.line, std::max(1.0f, f.px(0.02f)));
    }
}

void squeezedEye(ImDrawList* dl, const FaceFrame& f, float x, const Palette& p) {
    const float s = x > 0 ? 1.0f : -1.0f, sq = f.squash(x);
    const ImVec2 inner = f.at(x - s * 0.13f * sq, kEyeY), outer = f.at(x + s * 0.15f * sq, kEyeY + 0.02f);
    const ImVec2 tip = f.at(x + s * 0.02f, kEyeY - 0.005f);
    fillEllipse(dl, f.at(x, kEyeY + 0.13f), ImVec2(f.px(0.2f) * sq, f.px(0.08f)), f.roll, withAlpha(p.cheek, 0.55f));
    const float w = std::max(1.4f, f.px(0.045f));
    strokeQuad(dl, inner, f.at(x - s * 0.02f, kEyeY - 0.08f), outer, p.line, w);
    strokeQuad(dl, inner, f.at(x - s * 0.02f, kEyeY + 0.07f), outer, p.line, w * 0.8f);
    (void)tip;
    for (int k = -1; k <= 1; ++k)  // creases fanning from the outer corner
        dl->AddLine(f.at(x + s * 0.2f * sq, kEyeY + 0.03f * k), f.at(x + s * 0.29f * sq, kEyeY + 0.07f * k), p.lineSoft,
                    std::max(1.0f, f.px(0.02f)));
}

void brows(ImDrawList* dl, const FaceFrame& f, const core::DepictionDef& d, float yawnKnit, const Palette& p) {
    const float w = std::max(1.5f, f.px(0.05f));
    const ImU32 col = mixColour(p.hair, p.skin, 0.25f);
    float innerY = -0.2f, outerY = -0.19f, peak = -0.26f, innerX = 0.22f;
    switch (d.brows) {
        case Brows::Raised: innerY = -0.31f; outerY = -0.27f; peak = -0.4f; break;
        case Brows::Furrowed: innerY = -0.1f; outerY = -0.2f; peak = -0.19f; innerX = 0.16f; break;
        case Brows::Worried: innerY = -0.33f; outerY = -0.16f; peak = -0.29f; innerX = 0.18f; break;
        default: break;
    }
    innerY += 0.08f * yawnKnit;
    for (int s = -1; s <= 1; s += 2) {
        const ImVec2 a = f.at(s * innerX, innerY), b = f.at(s * 0.55f, outerY);
        strokeQuad(dl, a, f.at(s * 0.38f, peak), b, col, w);
    }
    if (d.brows == Brows::Furrowed || d.eyes == Eyes::Squeezed) {  // bulge between the brows
        dl->AddLine(f.at(-0.06f, -0.2f), f.at(-0.04f, -0.07f), p.lineSoft, std::max(1.0f, f.px(0.025f)));
        dl->AddLine(f.at(0.06f, -0.2f), f.at(0.04f, -0.07f), p.lineSoft, std::max(1.0f, f.px(0.025f)));
    }
    if (d.brows == Brows::Worried)  // bunched centre forehead
        for (int k = 0; k < 2; ++k)
            strokeQuad(dl, f.at(-0.14f, -0.44f - 0.08f * k), f.at(0, -0.40f - 0.08f * k), f.at(0.14f, -0.44f - 0.08f * k),
                       p.lineSoft, std::max(1.0f, f.px(0.02f)));
}
}  // namespace

void drawEyesAndBrows(ImDrawList* dl, const FaceFrame& f, const BabyLook& look, const Anim& an, const Palette& p) {
    const core::DepictionDef& d = look.depiction;
    const float o = openness(d, an);
    const ImVec2 g = gazeOffset(d, an, f.yaw);
    for (int s = -1; s <= 1; s += 2) {
        const float x = s * kEyeX;
        switch (d.eyes) {
            case Eyes::Closed: closedEye(dl, f, x, p, 0.0f); break;
            case Eyes::Rem: closedEye(dl, f, x, p, std::sin(static_cast<float>(an.t) * 9.0f) * (hashNoise(static_cast<int>(an.t * 2), 9) > 0.4f ? 1.0f : 0.2f)); break;
            case Eyes::Squeezed: squeezedEye(dl, f, x, p); break;
            default:
                if (o < 0.08f) closedEye(dl, f, x, p, 0.0f);
                else openEye(dl, f, x, o, g, d.eyes == Eyes::Glazed, d.eyes == Eyes::Wide, p);
        }
    }
    brows(dl, f, d, d.mouth == core::Mouth::Yawn ? an.yawn : 0.0f, p);
}

}  // namespace render
