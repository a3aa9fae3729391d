// The caregiver's sounds (SENSORY §3.4-3.5): a hummed lullaby, shushing, and a soft pink-noise machine.
#pragma once

#include "audio/dsp.h"

namespace audio {

/// A hummed lullaby of ~8 s: a low voice (~200-300 Hz), slow 6/8, stepwise falling phrases,
/// 5 partials at 1/n^1.5 through a nasal resonance and a 1.5 kHz low-pass, delayed vibrato.
class Lullaby {
public:
    explicit Lullaby(float sampleRate);
    /// Starts (or restarts) the tune.
    void start();
    /// Adds n mono samples to out.
    void render(float* out, int n);
    bool active() const { return m_active; }

private:
    float m_sr;
    Rng m_rng{0x10110001u};
    bool m_active = false;
    long m_sample = 0;
    int m_note = 0;
    long m_noteStart = 0;
    double m_phase = 0.0;
    Resonator m_nasal;
    OnePole m_lp;
};

/// Shushing: band-pass noise around 2-8 kHz (peak ~3 kHz) in "shhh" swells of 0.8 s at 1 Hz, 6 s in all.
class Shush {
public:
    explicit Shush(float sampleRate);
    void start();
    void render(float* out, int n);
    bool active() const { return m_active; }

private:
    float m_sr;
    Rng m_rng{0x5505u};
    bool m_active = false;
    long m_sample = 0;
    Resonator m_peak, m_high;
};

/// A low, steady pink noise (a noise machine across the room), ~10 s.
class PinkNoise {
public:
    explicit PinkNoise(float sampleRate) : m_sr(sampleRate) {}
    void start();
    void render(float* out, int n);
    bool active() const { return m_active; }

private:
    float m_sr;
    Rng m_rng{0x9199u};
    bool m_active = false;
    long m_sample = 0;
    float m_b[7] = {};
};

}  // namespace audio
