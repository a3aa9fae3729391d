// Interface sounds as a few exponentially decaying sine partials with a soft 5 ms attack.
#include "audio/ui_sounds.h"

#include <cmath>

#include "audio/dsp.h"

namespace audio {

void UiSounds::addTone(float freqHz, float delayS, float decayS, float amp) {
    for (Tone& t : m_tones)
        if (!t.used) {
            t = {freqHz, static_cast<float>(m_timeS) + delayS, decayS, amp, true};
            return;
        }
}

void UiSounds::play(std::string_view name) {
    if (name == "click") {
        addTone(1800.0f, 0.0f, 0.012f, 0.12f);
        addTone(900.0f, 0.0f, 0.02f, 0.08f);
    } else if (name == "chime") {
        addTone(880.0f, 0.0f, 0.5f, 0.09f);
        addTone(1320.0f, 0.0f, 0.35f, 0.04f);
        addTone(1108.7f, 0.14f, 0.6f, 0.08f);
    } else if (name == "soft_alert") {
        addTone(659.3f, 0.0f, 0.3f, 0.09f);
        addTone(523.3f, 0.22f, 0.45f, 0.09f);
    }
}

void UiSounds::render(float* out, int n) {
    const double dt = 1.0 / m_sr;
    for (int i = 0; i < n; ++i, m_timeS += dt) {
        float x = 0.0f;
        for (Tone& t : m_tones) {
            if (!t.used) continue;
            const float age = static_cast<float>(m_timeS) - t.startS;
            if (age < 0.0f) continue;
            if (age > t.decayS * 8.0f) {
                t.used = false;
                continue;
            }
            const float attack = age < 0.005f ? age / 0.005f : 1.0f;
            x += std::sin(2.0f * kPi * t.freqHz * age) * std::exp(-age / t.decayS) * attack * t.amp;
        }
        out[i] += x;
    }
}

}  // namespace audio
