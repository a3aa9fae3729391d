// The baby's voice: a bout planner (SENSORY §1.2, §1.5, table (b)) feeding a source-filter
// synthesiser (band-limited glottal pulse with jitter, shimmer and breath noise, three parallel
// formant resonators for a short infant vocal tract).
#pragma once

#include <array>
#include <cstddef>

#include "audio/dsp.h"
#include "audio/voice_segment.h"
#include "core/depiction.h"

namespace audio {

/// Plans and renders the baby's vocalisations; runs on the audio thread only.
class VoiceSynth {
public:
    explicit VoiceSynth(float sampleRate, std::uint32_t seed = 0xA77E0001u);
    /// What the baby is doing now; a new voice starts at the next segment boundary (fast fade).
    void setVoice(core::Voice voice, float intensity01);
    /// Adds n mono samples to out.
    void render(float* out, int n);
    /// The f0 of the sample just rendered, Hz, or 0 when not voicing.
    float currentF0Hz() const { return m_voicingNow ? m_f0Now : 0.0f; }
    /// The voice being produced.
    core::Voice voice() const { return m_voice; }

private:
    void planBout();
    void startSegment(const Segment& s);
    float voicedSample(float tS);
    float noiseSample();
    float clickSample(float tS);
    void updateFilters(float tS);

    float m_sr;
    Rng m_rng;
    core::Voice m_voice = core::Voice::None;
    float m_intensity = 0.0f;
    bool m_switching = false;
    float m_distress = 0.0f;  ///< grows while a cry continues (escalation), 0..1
    std::array<Segment, 32> m_plan{};
    std::size_t m_planCount = 0, m_planPos = 0;
    Segment m_seg{};
    long m_segSample = 0, m_segLen = 0;
    float m_phase = 0.0f, m_periodF0 = 400.0f, m_periodAmp = 1.0f;
    int m_periodIndex = 0;
    bool m_frameDysphonic = false;
    long m_frameSample = 0;
    float m_f0Now = 0.0f;
    bool m_voicingNow = false;
    float m_fade = 1.0f;
    Resonator m_r1, m_r2, m_r3;
    OnePole m_tilt, m_tilt2;
};

/// The segments of one bout of this voice at this intensity (and cry distress), appended to out.
/// Returns how many were written (at most cap).
std::size_t planVoiceBout(core::Voice voice, float intensity01, float distress01, Rng& rng, Segment* out,
                          std::size_t cap);

}  // namespace audio
