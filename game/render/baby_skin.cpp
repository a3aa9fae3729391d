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
    if (pa > 0.8f)  // dusky around the mouth: a red-flag sign, only at the palest
        softGlow(d, f.at(0.0f, 0.58f), ImVec2(f.px(0.3f), f.px(0.2f)), withAlpha(IM_COL32(120, 120, 190, 255), (pa - 0.8f) * 4.0f), 4);
    if (!look.depiction.has(core::Mark::Mottled)) return;  // pale alone is the palette's tint
    // Blotchy skin: a few soft-edged patches, red and pale by turns, that fade into the skin (hard
    // edged ovals read as a drawing fault).
    for (int i = 0; i < 7; ++i) {
        const float a = hashNoise(i, 61) * 6.283f, r = 0.25f + 0.45f * hashNoise(i, 62);
        const ImVec2 c = f.fixed(std::cos(a) * r, std::sin(a) * r * 0.85f);
        const float s = 0.16f + 0.08f * hashNoise(i, 63);
        const ImU32 col = i % 2 ? withAlpha(p.flushHot, 0.45f) : withAlpha(p.mottle, 0.5f);
        softGlow(d, c, ImVec2(f.px(s * 1.3f), f.px(s)), col, 3);
        if (look.colourBlindSafe) strokeArc(d, c, f.px(s * 0.6f), a, a + 2.0f, withAlpha(p.line, 0.35f), 1.0f);
    }
}

void tears(ImDrawList* d, const FaceFrame& f, const BabyLook& look, const Anim& an, const Palette& p) {
    const float tv = look.depiction.tears * tearVisibility(look.ageWeeks);
    if (tv <= 0.02f) return;
    const float alpha = std::min(1.0f, 0.5f + tv);
    for (int s = -1; s <= 1; s += 2) {
        const ImVec2 a = f.at(s * 0.46f, 0.12f), b = f.at(s * 0.58f, 0.6f);
        strokeQuad(d, a, f.at(s * 0.62f, 0.3f), b, withAlpha(p.tear, alpha), std::max(2.0f, f.px(0.075f)));
        strokeQuad(d, a, f.at(s * 0.62f, 0.3f), b, withAlpha(IM_COL32(255, 255, 255, 255), alpha * 0.6f), std::max(1.0f, f.px(0.025f)));
        const float drip = std::fmod(static_cast<float>(an.t) * 0.6f + (s > 0 ? 0.5f : 0.0f), 1.0f);
        const ImVec2 dc = f.at(s * 0.57f, 0.58f + 0.2f * drip);
        d->AddCircleFilled(dc, f.px(0.075f), withAlpha(p.tear, alpha));
        d->AddCircleFilled(add(dc, ImVec2(-f.px(0.015f), -f.px(0.02f))), f.px(0.018f), IM_COL32(255, 255, 255, 220));
    }
}

void sweat(ImDrawList* d, const FaceFrame& f, const BabyLook& look, const Palette& p) {
    const float sw = look.depiction.sweat;
    if (sw <= 0.05f) return;
    // Beads across the brow and temples, then (wetter) at the neck.
    static const ImVec2 kSpots[] = {{-0.45f, -0.42f}, {0.1f, -0.55f}, {0.5f, -0.38f}, {-0.15f, -0.6f},
                                    {0.72f, -0.1f},   {-0.72f, -0.12f}, {0.3f, 1.08f}, {-0.3f, 1.1f}};
    const int n = std::min(8, 3 + static_cast<int>(sw * 6.0f));
    for (int i = 0; i < n; ++i) {
        const ImVec2 c = f.fixed(kSpots[i].x, kSpots[i].y);
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
