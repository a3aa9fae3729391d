// Deterministic hand trajectories for bots, tests and keyboard play (rock, walk, shake ...).
#include <cmath>
#include <cstdint>
#include <cstring>

#include "core/handling.h"

namespace core {
namespace {

constexpr double kTwoPi = 6.283185307179586;

double wave(double hz, double tS, double phase = 0.0) {
    return std::sin(kTwoPi * hz * tS + phase);
}

double hash01(std::uint32_t k, std::uint32_t salt) {
    std::uint32_t h = k * 0x9E3779B1u + salt * 0x85EBCA77u;
    h ^= h >> 16;
    h *= 0x7FEB352Du;
    h ^= h >> 15;
    h *= 0x846CA68Bu;
    h ^= h >> 16;
    return static_cast<double>(h & 0xFFFFFFu) / 16777216.0;
}

// Rough handling: abrupt, irregular jerks between points ±10..15 cm apart, reversing at knots
// spaced 0.14 s ± 45 % (so each knot is found in O(1) from the time alone).
constexpr double kRoughKnotS = 0.14;

double roughKnotTimeS(long k) {
    return (k + 0.9 * (hash01(static_cast<std::uint32_t>(k), 1) - 0.5)) * kRoughKnotS;
}

HandSample roughKnot(long k) {
    const double side = (k % 2 == 0) ? 1.0 : -1.0;
    const auto key = static_cast<std::uint32_t>(k);
    return {static_cast<float>(side * (0.10 + 0.05 * hash01(key, 2))),
            static_cast<float>(0.16 * (hash01(key, 3) - 0.5)), true};
}

HandSample rough(double tS) {
    long k = static_cast<long>(std::floor(tS / kRoughKnotS));
    if (tS < roughKnotTimeS(k))
        --k;
    else if (tS >= roughKnotTimeS(k + 1))
        ++k;
    const double t0 = roughKnotTimeS(k), t1 = roughKnotTimeS(k + 1);
    const double u = (tS - t0) / (t1 - t0);
    const HandSample a = roughKnot(k), b = roughKnot(k + 1);
    return {static_cast<float>(a.xM + (b.xM - a.xM) * u),
            static_cast<float>(a.yM + (b.yM - a.yM) * u), true};
}

HandSample styled(const char* style, double tS) {
    if (std::strcmp(style, "rock") == 0) {  // ~0.7 Hz sway ±6 cm along a shallow arc
        const double s = wave(0.7, tS);
        return {static_cast<float>(0.06 * s), static_cast<float>(0.012 * s * s), true};
    }
    if (std::strcmp(style, "walk") == 0)  // ~1.8 Hz step bob ±2 cm, slow sway ±2 cm
        return {static_cast<float>(0.02 * wave(0.45, tS)), static_cast<float>(0.02 * wave(1.8, tS)),
                true};
    if (std::strcmp(style, "jiggle") == 0)  // Karp's small fast jiggle, ±1 cm at ~3 Hz
        return {static_cast<float>(0.002 * wave(3.0, tS, 1.0)),
                static_cast<float>(0.01 * wave(3.0, tS)), true};
    if (std::strcmp(style, "rough") == 0) return rough(tS);
    if (std::strcmp(style, "shake") == 0)  // violent back and forth, ~4 Hz ±12 cm
        return {static_cast<float>(0.12 * wave(4.0, tS)), 0.0f, true};
    return {};  // "still" and anything unknown
}

}  // namespace

HandSample synthGesture(const char* style, double tS, bool headSupported) {
    HandSample sample = style ? styled(style, tS) : HandSample{};
    sample.headSupported = headSupported;
    return sample;
}

}  // namespace core
