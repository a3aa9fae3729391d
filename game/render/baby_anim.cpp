// Time-driven cycles from SENSORY.md: breathing, blinks, ~2 Hz suck bursts, 3-5 s yawns, the ~1 s
// cry breath cycle (0.75 s expiration, 0.3 s gasp) and hiccup jolts every few seconds.
#include <algorithm>
#include <cmath>
#include <cstdint>

#include "render/baby_rig.h"

namespace render {

namespace {
constexpr double kTwoPi = 6.283185307179586;
constexpr float kCalmBreathHz = 0.65f;  // ~40 breaths a minute, a calm newborn

float smooth01(float x) {
    x = std::clamp(x, 0.0f, 1.0f);
    return x * x * (3.0f - 2.0f * x);
}

float fracOf(double x) { return static_cast<float>(x - std::floor(x)); }

/// Blink: a 0.18 s close-open every ~4.3 s, its timing jittered per blink.
float blinkAt(double t) {
    const double period = 4.3;
    const int n = static_cast<int>(std::floor(t / period));
    const double start = n * period + 0.6 + 2.5 * hashNoise(n, 7);
    const double d = t - start;
    if (d < 0.0 || d > 0.18) return 0.0f;
    return static_cast<float>(std::sin(d / 0.18 * 3.14159265));
}

/// Sucking: ~2 Hz, bursts of ~9 sucks (4.5 s) then a 2.5 s pause.
float suckAt(double t) {
    const float inBurst = fracOf(t / 7.0) < 0.64f ? 1.0f : 0.0f;
    return inBurst * (0.5f + 0.5f * static_cast<float>(std::sin(t * kTwoPi * 2.0)));
}

/// Yawn: slow accelerating opening (>50% of the yawn), a plateau, a quick close, then a short rest;
/// a 5 s loop, so a still frame of a yawning baby almost always shows the yawn.
float yawnAt(double t) {
    const float p = fracOf(t / 5.0) * 5.0f;
    if (p < 2.6f) return std::pow(p / 2.6f, 2.0f);
    if (p < 3.8f) return 1.0f;
    if (p < 4.3f) return 1.0f - smooth01((p - 3.8f) / 0.5f);
    return 0.0f;
}

/// Cry: mouth wide on the ~0.75 s expiration, closing a little on the ~0.3 s gasp.
float cryAt(double t, float rate) {
    const float p = fracOf(t * rate / 1.05);
    if (p < 0.08f) return 0.55f + 0.45f * smooth01(p / 0.08f);
    if (p < 0.72f) return 1.0f;
    return 1.0f - 0.45f * static_cast<float>(std::sin((p - 0.72f) / 0.28f * 3.14159265f));
}

/// Hiccup: a short jolt every ~3 s.
float hicAt(double t) {
    const float p = fracOf(t / 3.1) * 3.1f;
    return p < 0.25f ? static_cast<float>(std::sin(p / 0.25f * 3.14159265f)) : 0.0f;
}
}  // namespace

float hashNoise(int n, int salt) {
    std::uint32_t h = static_cast<std::uint32_t>(n) * 2654435761u ^ static_cast<std::uint32_t>(salt) * 40503u;
    h ^= h >> 13;
    h *= 0x5bd1e995u;
    h ^= h >> 15;
    return static_cast<float>(h & 0xFFFFFF) / static_cast<float>(0x1000000);
}

Anim makeAnim(const BabyLook& look, double timeS) {
    Anim a;
    const core::DepictionDef& d = look.depiction;
    a.t = look.reduceMotion ? timeS * 0.6 : timeS;
    a.amp = look.reduceMotion ? 0.4f : 1.0f;
    const float rate = std::clamp(d.breathingRate, 0.3f, 3.0f);
    a.breath = 0.5f + 0.5f * static_cast<float>(std::sin(timeS * kTwoPi * kCalmBreathHz * rate));
    a.blink = blinkAt(timeS);
    a.suck = suckAt(timeS);
    a.yawn = yawnAt(timeS);
    a.cry = cryAt(timeS, std::max(1.0f, d.breathingRate / 1.8f));
    a.hic = d.voice == core::Voice::Hiccup ? hicAt(timeS) : 0.0f;
    return a;
}

}  // namespace render
