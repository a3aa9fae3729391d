// Small DSP building blocks: seeded noise, a peak-normalised two-pole (Klatt-style) resonator,
// one-pole filters and a polyBLEP sawtooth (a band-limited glottal pulse with -6 dB/octave tilt).
#pragma once

#include <cmath>
#include <cstdint>

namespace audio {

constexpr float kPi = 3.14159265358979f;

/// Deterministic xorshift noise; same seed, same sequence.
class Rng {
public:
    explicit Rng(std::uint32_t seed = 0x2545F491u) : m_state(seed ? seed : 1u) {}
    /// Uniform in [0, 1).
    float uniform() {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return static_cast<float>(m_state >> 8) / 16777216.0f;
    }
    /// Uniform in [lo, hi).
    float range(float lo, float hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform in [-1, 1).
    float bipolar() { return uniform() * 2.0f - 1.0f; }
    /// Roughly Gaussian (sum of three uniforms), mean 0, sd ~1.
    float gauss() { return (uniform() + uniform() + uniform() - 1.5f) * 2.0f; }

private:
    std::uint32_t m_state;
};

/// Two-pole resonator y = a*x + b*y1 + c*y2 (Klatt 1980), scaled to unity gain at its centre.
struct Resonator {
    float a = 0, b = 0, c = 0, y1 = 0, y2 = 0;
    /// Sets centre frequency and bandwidth (Hz) at sample rate sr.
    void set(float freqHz, float bwHz, float sr) {
        const float T = 1.0f / sr;
        const float r = std::exp(-kPi * bwHz * T);
        c = -r * r;
        b = 2.0f * r * std::cos(2.0f * kPi * freqHz * T);
        // Peak normalisation: gain at the centre frequency becomes ~1.
        const float w = 2.0f * kPi * freqHz * T;
        a = (1.0f - r) * std::sqrt(1.0f - 2.0f * r * std::cos(2.0f * w) + r * r);
    }
    float process(float x) {
        const float y = a * x + b * y1 + c * y2;
        y2 = y1;
        y1 = y;
        return y;
    }
    void reset() { y1 = y2 = 0.0f; }
};

/// One-pole low-pass.
struct OnePole {
    float k = 1.0f, y = 0.0f;
    void setCutoff(float hz, float sr) { k = 1.0f - std::exp(-2.0f * kPi * hz / sr); }
    float process(float x) { return y += k * (x - y); }
};

/// polyBLEP correction for a discontinuity at phase 0 with phase increment dt.
inline float polyBlep(float t, float dt) {
    if (t < dt) {
        t /= dt;
        return t + t - t * t - 1.0f;
    }
    if (t > 1.0f - dt) {
        t = (t - 1.0f) / dt;
        return t * t + t + t + 1.0f;
    }
    return 0.0f;
}

/// Decibels to a linear gain.
inline float dbToGain(float db) { return std::pow(10.0f, db / 20.0f); }

}  // namespace audio
