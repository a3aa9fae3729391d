// Skin signs (SENSORY §4.2, §4.9): flush spreading from the face over the head as crying hardens,
// pale and mottled skin, tears only from ~1-3 months of age, sweat beads on brow and neck.
#include <algorithm>
#include <cmath>

#include "render/face_frame.h"

namespace render {

namespace {
/// Tears are scarce before ~2 weeks and visible from ~1-3 months.
float tearVisibility(int ageWeeks) { return std::clamp((static_cast<float>(ageWeeks) - 2.0f) / 4.0f, 0.0f, 1.0f); }

void flush(ImDrawList* d, const FaceFrame& f, const BabyLook& look, const Palette& p) {
    const float fl = look.depiction.flush;
    if (fl <= 0.0f) return;
    for (int s = -1; s <= 1; s += 2)
        softGlow(d, f.at(s * 0.5f, 0.36f), ImVec2(f.px(0.3f), f.px(0.22f)), withAlpha(p.flushHot, 0.35f + 0.55f * fl), 5);
    if (fl > 0.45f) {  // spreading over the forehead and head in hard crying
        softGlow(d, f.fixed(0.0f, -0.45f), ImVec2(f.px(0.6f), f.px(0.35f)), withAlpha(p.flushHot, (fl - 0.45f) * 0.9f), 6);
        softGlow(d, f.at(0.0f, 0.25f), ImVec2(f.px(0.35f), f.px(0.15f)), withAlpha(p.flushHot, (fl - 0.45f) * 0.6f), 4);
    }
    if (look.colourBlindSafe) {  // texture as well as colour: short heat strokes on each cheek
        for (int s = -1; s <= 1; s += 2)
            for (int k = 0; k < 3; ++k) {
                const float x = s * (0.42f + 0.08f * k);
                d->AddLine(f.at(x, 0.3f), f.at(x - 0.05f * s, 0.42f), withAlpha(p.line, 0.6f), std::max(1.0f, f.px(0.025f)));
            }
    }
}

void mottle(ImDrawList* d, const FaceFrame& f, const BabyLook& look, const Palette& p) {
    const float pa = look.depiction.pallor;
    if (pa < 0.25f) return;
    for (int i = 0; i < 14; ++i) {
        const float a = hashNoise(i, 61) * 6.283f, r = 0.25f + 0.6f * hashNoise(i, 62);
        const ImVec2 c = f.fixed(std::cos(a) * r, std::sin(a) * r * 0.9f);
        const float s = 0.06f + 0.07f * hashNoise(i, 63);
        fillEllipse(d, c, ImVec2(f.px(s * 1.3f), f.px(s)), a, withAlpha(p.mottle, std::min(1.0f, (pa - 0.2f) * 1.4f)), 14);
        if (look.colourBlindSafe) strokeEllipse(d, c, ImVec2(f.px(s * 1.3f), f.px(s)), a, withAlpha(p.line, 0.35f), 1.0f, 14);
    }
}

void tears(ImDrawList* d, const FaceFrame& f, const BabyLook& look, const Anim& an, const Palette& p) {
    const float tv = look.depiction.tears * tearVisibility(look.ageWeeks);
    if (tv <= 0.02f) return;
    const float alpha = std::min(1.0f, 0.5f + tv);
    for (int s = -1; s <= 1; s += 2) {
        const ImVec2 a = f.at(s * 0.5f, 0.12f), b = f.at(s * 0.56f, 0.55f);
        strokeQuad(d, a, f.at(s * 0.6f, 0.3f), b, withAlpha(p.tear, alpha), std::max(1.5f, f.px(0.05f)));
        const float drip = std::fmod(static_cast<float>(an.t) * 0.6f + (s > 0 ? 0.5f : 0.0f), 1.0f);
        const ImVec2 dc = f.at(s * 0.57f, 0.58f + 0.2f * drip);
        d->AddCircleFilled(dc, f.px(0.055f), withAlpha(p.tear, alpha));
        d->AddCircleFilled(add(dc, ImVec2(-f.px(0.015f), -f.px(0.02f))), f.px(0.018f), IM_COL32(255, 255, 255, 220));
    }
}

void sweat(ImDrawList* d, const FaceFrame& f, const BabyLook& look, const Palette& p) {
    const float sw = look.depiction.sweat;
    if (sw <= 0.05f) return;
    const int n = 3 + static_cast<int>(sw * 5.0f);
    for (int i = 0; i < n; ++i) {
        const float x = -0.6f + 1.2f * hashNoise(i, 71);
        const float y = -0.52f + 0.22f * hashNoise(i, 72);
        const ImVec2 c = f.fixed(x, y);
        const float r = f.px(0.065f + 0.025f * hashNoise(i, 73));
        // A drop: round bottom, pointed top, outlined so it reads on pale skin.
        const ImVec2 tip = add(c, rotate(ImVec2(0, -r * 2.0f), f.roll));
        d->AddTriangleFilled(tip, add(c, rotate(ImVec2(-r * 0.9f, -r * 0.2f), f.roll)), add(c, rotate(ImVec2(r * 0.9f, -r * 0.2f), f.roll)), p.sweat);
        d->AddCircleFilled(c, r, p.sweat);
        d->AddCircle(c, r, IM_COL32(120, 170, 210, 200), 12, std::max(1.0f, r * 0.2f));
        d->AddCircleFilled(add(c, ImVec2(-r * 0.35f, -r * 0.3f)), r * 0.3f, IM_COL32(255, 255, 255, 255));
    }
}
}  // namespace

void drawSkinSigns(ImDrawList* d, const FaceFrame& f, const BabyLook& look, const Anim& an, const Palette& p) {
    (void)an;
    flush(d, f, look, p);
    mottle(d, f, look, p);
}

void drawWetSigns(ImDrawList* d, const FaceFrame& f, const BabyLook& look, const Anim& an, const Palette& p) {
    tears(d, f, look, an, p);
    sweat(d, f, look, p);
}

}  // namespace render
