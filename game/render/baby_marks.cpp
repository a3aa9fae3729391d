// Comic-style marks that let a still frame show motion and sound: kick arcs, jerk ticks, shiver
// zigzags, startle bursts, breath lines by the chest, hiccup jolts, coo notes and cry bursts.
#include <algorithm>
#include <cmath>

#include "render/baby_parts.h"
#include "render/shapes.h"

namespace render {

using core::Limbs;
using core::Voice;

namespace {
const ImU32 kMark = IM_COL32(120, 96, 90, 150);

void arcsAround(ImDrawList* d, ImVec2 c, float r, float a, float w) {
    strokeArc(d, c, r, a - 0.5f, a + 0.5f, kMark, w);
    strokeArc(d, c, r * 1.35f, a - 0.4f, a + 0.4f, withAlpha(kMark, 0.6f), w);
}

void zigzag(ImDrawList* d, ImVec2 a, ImVec2 b, float amp, float w) {
    const ImVec2 ab = sub(b, a);
    const ImVec2 n = mul(ImVec2(-ab.y, ab.x), amp / std::max(length(ab), 1.0f));
    for (int k = 0; k < 6; ++k) {
        const ImVec2 p0 = add(lerp2(a, b, k / 6.0f), mul(n, (k % 2) ? 1.0f : -1.0f));
        const ImVec2 p1 = add(lerp2(a, b, (k + 1) / 6.0f), mul(n, (k % 2) ? -1.0f : 1.0f));
        d->AddLine(p0, p1, kMark, w);
    }
}
}  // namespace

void drawMotionMarks(ImDrawList* d, const Rig& r, const BabyLook& look, const Anim& an) {
    const core::DepictionDef& dep = look.depiction;
    const float u = r.unitPx, w = std::max(1.0f, u * 0.008f);
    // Marks stay with reduceMotion: they carry the movement the smaller animation no longer shows.
    switch (dep.limbs) {
        case Limbs::Kicking:
            if (r.standing) break;  // on its feet the legs hold the baby up
            for (int i = 0; i < 2; ++i) arcsAround(d, r.legs[i].end, u * 0.08f, i == 0 ? 2.4f : 0.7f, w);
            break;
        case Limbs::Jerky:
            for (int i = 0; i < 2; ++i) {
                const ImVec2 h = r.arms[i].end;
                const float s = i == 0 ? -1.0f : 1.0f;
                d->AddLine(add(h, ImVec2(s * u * 0.06f, -u * 0.04f)), add(h, ImVec2(s * u * 0.1f, -u * 0.06f)), kMark, w);
                d->AddLine(add(h, ImVec2(s * u * 0.065f, u * 0.0f)), add(h, ImVec2(s * u * 0.11f, u * 0.0f)), kMark, w);
            }
            break;
        case Limbs::Shiver:
            for (int i = 0; i < 2; ++i) {
                const float s = i == 0 ? -1.0f : 1.0f;
                const ImVec2 side = add(lerp2(r.neck, r.hips, 0.4f), ImVec2(s * (r.torsoHalfWidthPx + u * 0.12f), 0));
                zigzag(d, add(side, ImVec2(0, -u * 0.07f)), add(side, ImVec2(0, u * 0.07f)), u * 0.012f, w);
            }
            break;
        case Limbs::Startle:
            for (int i = 0; i < 2; ++i) {
                const ImVec2 h = r.arms[i].end;
                for (int k = 0; k < 3; ++k) {
                    const float a = (i == 0 ? 3.14f : 0.0f) + (k - 1) * 0.5f;
                    d->AddLine(add(h, ImVec2(std::cos(a) * u * 0.07f, std::sin(a) * u * 0.07f)),
                               add(h, ImVec2(std::cos(a) * u * 0.11f, std::sin(a) * u * 0.11f)), kMark, w);
                }
            }
            break;
        default: break;
    }
    if (dep.mouth == core::Mouth::Rooting) {  // searching sweeps of the head, side to side
        for (int k = 0; k < 2; ++k) {
            const float rr = r.headR * (1.22f + 0.16f * k);
            const ImU32 c = withAlpha(kMark, 1.0f - 0.4f * k);
            strokeArc(d, r.head, rr, 0.05f, 0.45f, c, w);
            strokeArc(d, r.head, rr, 2.69f, 3.09f, c, w);
        }
    }
    if (dep.breathingRate >= 1.5f) {  // fast, visible breathing: chest lines pulse
        const float a = std::min(1.0f, (dep.breathingRate - 1.3f)) * (0.5f + 0.5f * an.breath);
        for (int i = 0; i < 2; ++i) {
            const float s = i == 0 ? -1.0f : 1.0f;
            const ImVec2 c = add(lerp2(r.neck, r.hips, 0.35f), ImVec2(s * (r.torsoHalfWidthPx + u * 0.015f), 0));
            strokeArc(d, c, u * 0.04f, s > 0 ? -0.6f : 2.54f, s > 0 ? 0.6f : 3.74f, withAlpha(kMark, a), w);
            strokeArc(d, c, u * 0.065f, s > 0 ? -0.5f : 2.64f, s > 0 ? 0.5f : 3.64f, withAlpha(kMark, a * 0.7f), w);
        }
    }
    if (dep.voice == Voice::Hiccup) {  // a jolt at the diaphragm
        const ImVec2 c = lerp2(r.neck, r.hips, 0.55f);
        const float a = 0.4f + 0.6f * an.hic;
        for (int k = 0; k < 5; ++k) {
            const float ang = k * 1.2566f;
            d->AddLine(add(c, ImVec2(std::cos(ang) * u * 0.03f, std::sin(ang) * u * 0.03f)),
                       add(c, ImVec2(std::cos(ang) * u * 0.055f, std::sin(ang) * u * 0.055f)), withAlpha(IM_COL32(200, 110, 90, 220), a), w * 1.3f);
        }
    }
}

void drawVoiceMarks(ImDrawList* d, const Rig& r, const BabyLook& look, const Anim& an, ImVec2 m) {
    const core::DepictionDef& dep = look.depiction;
    const float u = r.unitPx, w = std::max(1.0f, u * 0.008f);
    const float side = r.yaw >= 0 ? 1.0f : -1.0f;
    const ImVec2 o = add(m, ImVec2(side * u * 0.2f, -u * 0.02f));
    const float t = static_cast<float>(an.t);
    if (dep.mouth == core::Mouth::Sucking || dep.mouth == core::Mouth::LipSmack) {
        // Rhythmic jaw: brackets either side of the mouth, pulsing with each suck.
        const float a = 0.45f + 0.55f * an.suck;
        for (int k = 0; k < 2; ++k) {
            const float rr = r.headR * (0.3f + 0.1f * k);
            strokeArc(d, m, rr, -0.45f + r.headRollRad, 0.45f + r.headRollRad, withAlpha(kMark, a * (1.0f - 0.35f * k)), w);
            strokeArc(d, m, rr, 2.69f + r.headRollRad, 3.59f + r.headRollRad, withAlpha(kMark, a * (1.0f - 0.35f * k)), w);
        }
    }
    switch (dep.voice) {
        case Voice::Coo:
        case Voice::Babble:
        case Voice::Laugh:
            for (int k = 0; k < 2; ++k) {  // soft round notes drifting up
                const float f = std::fmod(t * 0.4f + k * 0.5f, 1.0f);
                const ImVec2 c = add(o, ImVec2(side * u * (0.02f + 0.05f * k), -u * 0.12f * f - u * 0.03f * k));
                d->AddCircle(c, u * (0.018f + 0.008f * k), withAlpha(IM_COL32(110, 150, 200, 220), 1.0f - f * 0.5f), 14, w);
            }
            break;
        case Voice::Cry:
        case Voice::CryIntense:
        case Voice::WeakHighCry: {
            const bool weak = dep.voice == Voice::WeakHighCry;
            const float len = (weak ? 0.04f : 0.06f + 0.03f * dep.voiceIntensity) * u;
            for (int k = -1; k <= 1; ++k) {
                const float a = (side > 0 ? -0.2f : 3.34f) + k * 0.45f;
                const ImVec2 a0 = add(m, ImVec2(std::cos(a) * u * 0.2f, std::sin(a) * u * 0.2f));
                d->AddLine(a0, add(a0, ImVec2(std::cos(a) * len, std::sin(a) * len)), withAlpha(kMark, weak ? 0.6f : 1.0f),
                           weak ? w * 0.7f : w * 1.3f);
            }
            break;
        }
        case Voice::Grunt:
            for (int k = 0; k < 2; ++k)
                d->AddLine(add(o, ImVec2(side * u * 0.01f * k, u * 0.03f * k)), add(o, ImVec2(side * u * (0.04f + 0.01f * k), u * 0.03f * k)), kMark,
                           w * 1.6f);
            break;
        case Voice::Whimper:
        case Voice::Fuss:
        case Voice::Grizzle:
            strokeQuad(d, o, add(o, ImVec2(side * u * 0.03f, -u * 0.03f)), add(o, ImVec2(side * u * 0.06f, 0)), kMark, w);
            break;
        default: break;
    }
}

}  // namespace render
