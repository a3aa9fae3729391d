// Lullaby, shush and noise machine. The tune is our own simple falling melody (no borrowed song).
#include "audio/caregiver_sounds.h"

#include <algorithm>
#include <cmath>

namespace audio {

namespace {
struct Note {
    int semitone;    ///< from the tonic (200 Hz); -99 = rest
    float eighths;   ///< length in eighth notes of 6/8
};
// Slow 6/8 (eighth = 0.34 s, ~59 dotted-quarter beats a minute), stepwise falling phrases.
constexpr Note kTune[] = {{7, 2}, {4, 1}, {2, 2}, {0, 1}, {2, 3}, {-99, 2}, {4, 2}, {2, 1}, {0, 2}, {-3, 1}, {0, 5}};
constexpr int kTuneLen = sizeof(kTune) / sizeof(kTune[0]);
constexpr float kEighthS = 0.34f;
constexpr float kTonicHz = 200.0f;
}  // namespace

Lullaby::Lullaby(float sr) : m_sr(sr) {
    m_nasal.set(280.0f, 120.0f, sr);
    m_lp.setCutoff(1500.0f, sr);
}

void Lullaby::start() {
    m_active = true;
    m_sample = 0;
    m_note = 0;
    m_noteStart = 0;
}

void Lullaby::render(float* out, int n) {
    for (int i = 0; i < n && m_active; ++i, ++m_sample) {
        const long noteLen = static_cast<long>(kTune[m_note].eighths * kEighthS * m_sr);
        if (m_sample - m_noteStart >= noteLen) {
            m_noteStart = m_sample;
            if (++m_note >= kTuneLen) {
                m_active = false;
                break;
            }
        }
        const Note& nt = kTune[m_note];
        if (nt.semitone == -99) continue;
        const float t = static_cast<float>(m_sample - m_noteStart) / m_sr;
        const float len = nt.eighths * kEighthS;
        // Vibrato 5.5 Hz, +-30 cents, fading in after ~250 ms; a little jitter.
        const float vib = std::clamp((t - 0.25f) / 0.2f, 0.0f, 1.0f) * 0.3f / 12.0f * std::sin(2.0f * kPi * 5.5f * t);
        const float f0 = kTonicHz * std::pow(2.0f, nt.semitone / 12.0f + vib) * (1.0f + 0.005f * m_rng.gauss());
        m_phase += f0 / m_sr;
        if (m_phase > 1000.0) m_phase -= 1000.0;
        float x = 0.0f;
        for (int k = 1; k <= 5; ++k) x += std::sin(2.0f * kPi * static_cast<float>(std::fmod(m_phase * k, 1.0))) / std::pow(static_cast<float>(k), 1.5f);
        const float env = std::min({1.0f, t / 0.08f, (len - t) / 0.15f});
        const float y = m_lp.process(x * 0.7f + m_nasal.process(x) * 0.6f);
        out[i] += y * std::max(0.0f, env) * 0.12f;
    }
}

Shush::Shush(float sr) : m_sr(sr) {
    m_peak.set(3000.0f, 2000.0f, sr);
    m_high.set(6000.0f, 3000.0f, sr);
}

void Shush::start() {
    m_active = true;
    m_sample = 0;
}

void Shush::render(float* out, int n) {
    const long total = static_cast<long>(6.0f * m_sr);  // six whole swells: no cut-off mid-"shhh"
    for (int i = 0; i < n && m_active; ++i, ++m_sample) {
        if (m_sample >= total) {
            m_active = false;
            break;
        }
        const float t = static_cast<float>(m_sample) / m_sr;
        // "shhh" swells at 1 Hz (table (b): 1-2 Hz, in time with rocking): 0.8 s on, a breath, again.
        const float p = std::fmod(t, 1.0f);
        const float env = p < 0.8f ? std::sin(kPi * p / 0.8f) : 0.0f;
        const float w = m_rng.bipolar();
        out[i] += (m_peak.process(w) + 0.5f * m_high.process(w)) * env * env * 0.22f;
    }
}

void PinkNoise::start() {
    m_active = true;
    m_sample = 0;
}

void PinkNoise::render(float* out, int n) {
    const long total = static_cast<long>(10.0f * m_sr);
    for (int i = 0; i < n && m_active; ++i, ++m_sample) {
        if (m_sample >= total) {
            m_active = false;
            break;
        }
        // Paul Kellet's economy pinking filter on white noise (a well-known public approximation).
        const float w = m_rng.bipolar();
        m_b[0] = 0.99765f * m_b[0] + w * 0.0990460f;
        m_b[1] = 0.96300f * m_b[1] + w * 0.2965164f;
        m_b[2] = 0.57000f * m_b[2] + w * 1.0526913f;
        const float pink = (m_b[0] + m_b[1] + m_b[2] + w * 0.1848f) * 0.05f;
        const float t = static_cast<float>(m_sample) / m_sr;
        const float env = std::min({1.0f, t / 1.0f, (10.0f - t) / 1.0f});
        out[i] += pink * env;
    }
}

}  // namespace audio
