// Soft interface sounds: a click, a two-note chime, a gentle alert. Short decaying sines, no harshness.
#pragma once

#include <array>
#include <string_view>

namespace audio {

/// Up to four overlapping interface sounds.
class UiSounds {
public:
    explicit UiSounds(float sampleRate) : m_sr(sampleRate) {}
    /// "click", "chime" or "soft_alert"; unknown names play nothing.
    void play(std::string_view name);
    void render(float* out, int n);

private:
    struct Tone {
        float freqHz = 0, startS = 0, decayS = 0.1f, amp = 0;
        bool used = false;
    };
    void addTone(float freqHz, float delayS, float decayS, float amp);

    float m_sr;
    double m_timeS = 0.0;
    std::array<Tone, 8> m_tones{};
};

}  // namespace audio
