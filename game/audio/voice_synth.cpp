// Source-filter rendering of planned segments: polyBLEP glottal pulse at f0 (rise-fall arc, jitter
// per period, shimmer, optional tremor and hyperphonation jumps), subharmonic or chaotic frames for
// dysphonation, breath noise gated to the open phase, then three parallel formant resonators.
#include "audio/voice_synth.h"

#include <algorithm>
#include <cmath>

namespace audio {

VoiceSynth::VoiceSynth(float sampleRate, std::uint32_t seed) : m_sr(sampleRate), m_rng(seed) {
    m_seg.kind = Segment::Kind::Silence;
    m_seg.durS = 0.0f;
}

void VoiceSynth::setVoice(core::Voice voice, float intensity01) {
    m_intensity = std::clamp(intensity01, 0.0f, 1.0f);
    if (voice == m_voice) return;
    const bool wasCrying = m_voice == core::Voice::Cry || m_voice == core::Voice::CryIntense;
    const bool crying = voice == core::Voice::Cry || voice == core::Voice::CryIntense;
    if (!(wasCrying && crying)) m_distress = 0.0f;
    m_voice = voice;
    m_switching = true;  // fade out the current segment quickly, then plan the new voice
}

void VoiceSynth::planBout() {
    m_planCount = planVoiceBout(m_voice, m_intensity, m_distress, m_rng, m_plan.data(), m_plan.size());
    m_planPos = 0;
    if (m_voice == core::Voice::Cry || m_voice == core::Voice::CryIntense)
        m_distress = std::min(1.0f, m_distress + 0.03f);  // a long bout escalates (full after ~35 s)
}

void VoiceSynth::startSegment(const Segment& s) {
    m_seg = s;
    m_segSample = 0;
    m_segLen = std::max<long>(1, static_cast<long>(s.durS * m_sr));
    m_periodF0 = std::max(50.0f, s.f0StartHz);
    m_tilt.setCutoff(s.tilt > 0.0f ? 4000.0f - 3000.0f * s.tilt : 12000.0f, m_sr);
    m_tilt2.setCutoff(s.kind == Segment::Kind::Click ? 3000.0f : 9000.0f, m_sr);
    updateFilters(0.0f);
}

void VoiceSynth::updateFilters(float tS) {
    const float g = m_seg.glideFrom + (1.0f - m_seg.glideFrom) * std::min(1.0f, tS / 0.1f);
    m_r1.set(m_seg.f1 * g, m_seg.bw, m_sr);
    m_r2.set(m_seg.f2 * g, m_seg.bw * 1.2f, m_sr);
    m_r3.set(m_seg.f3, m_seg.bw * 1.6f, m_sr);
}

float VoiceSynth::voicedSample(float tS) {
    const Segment& s = m_seg;
    const float u = tS / std::max(s.durS, 1e-3f);
    float f0 = u < s.peakAt ? s.f0StartHz + (s.f0PeakHz - s.f0StartHz) * std::sin(0.5f * kPi * u / s.peakAt)
                            : s.f0PeakHz + (s.f0EndHz - s.f0PeakHz) * (u - s.peakAt) / std::max(1e-3f, 1.0f - s.peakAt);
    if (s.tremorHz > 0.0f) f0 *= 1.0f + s.tremorDepth * std::sin(2.0f * kPi * s.tremorHz * tS);
    if (s.hyperAtS >= 0.0f && tS >= s.hyperAtS && tS < s.hyperAtS + s.hyperDurS) f0 = s.hyperHz;
    // Dysphonic frames (50 ms): alternate loud/soft periods (subharmonic) or random periods (chaos).
    if (++m_frameSample >= static_cast<long>(0.05f * m_sr)) {
        m_frameSample = 0;
        m_frameDysphonic = m_rng.uniform() < s.dysphonia;
    }
    const float dt = m_periodF0 / m_sr;
    m_phase += dt;
    if (m_phase >= 1.0f) {  // a new glottal period: draw jitter and shimmer for it
        m_phase -= 1.0f;
        ++m_periodIndex;
        const float chaos = m_frameDysphonic && (m_periodIndex & 4) ? 0.15f : 0.0f;
        m_periodF0 = f0 * (1.0f + s.jitter * m_rng.gauss() + chaos * m_rng.bipolar());
        m_periodAmp = 1.0f + s.shimmer * m_rng.gauss();
        if (m_frameDysphonic && (m_periodIndex & 1)) m_periodAmp *= 0.45f;
    }
    m_f0Now = f0;
    // Falling sawtooth (derivative-like glottal pulse) with polyBLEP at the closure.
    float src = 1.0f - 2.0f * m_phase;
    src += polyBlep(m_phase, std::min(dt, 0.5f));
    src *= m_periodAmp;
    const float open = m_phase < 0.6f ? 1.0f : 0.3f;
    const float noise = m_rng.bipolar() * (s.breath + (m_frameDysphonic ? 0.25f : 0.0f)) * open;
    return m_tilt.process(src * (1.0f - s.breath * 0.5f) + noise);
}

float VoiceSynth::noiseSample() { return m_rng.bipolar() * 2.0f; }

float VoiceSynth::clickSample(float tS) {
    // Lip-release transient (~2 ms) followed by wet band-limited noise.
    const float transient = tS < 0.002f ? (1.0f - tS / 0.002f) * 3.0f : 0.0f;
    return transient + m_tilt2.process(m_rng.bipolar()) * std::exp(-tS / 0.015f) * 2.0f;
}

void VoiceSynth::render(float* out, int n) {
    for (int i = 0; i < n; ++i) {
        if (m_segSample >= m_segLen || (m_switching && m_fade <= 0.0f)) {
            if (m_switching) {
                m_switching = false;
                m_fade = 1.0f;
                m_planCount = m_planPos = 0;
            }
            if (m_planPos >= m_planCount) planBout();
            startSegment(m_planPos < m_planCount ? m_plan[m_planPos++] : Segment{});
        }
        const float tS = static_cast<float>(m_segSample) / m_sr;
        ++m_segSample;
        if ((m_segSample & 31) == 0 && m_seg.glideFrom < 1.0f) updateFilters(tS);
        if (m_switching) m_fade = std::max(0.0f, m_fade - 1.0f / (0.06f * m_sr));
        m_voicingNow = false;
        float x = 0.0f;
        switch (m_seg.kind) {
            case Segment::Kind::Voiced:
                x = voicedSample(tS);
                m_voicingNow = true;
                break;
            case Segment::Kind::Noise: x = noiseSample(); break;
            case Segment::Kind::Click: x = clickSample(tS); break;
            default: break;
        }
        if (m_seg.kind == Segment::Kind::Silence || m_seg.amp <= 0.0f) {
            continue;
        }
        // Formants in parallel (each peak-normalised): F1 strongest, F2 and F3 softer.
        const float y = m_seg.kind == Segment::Kind::Click ? m_r1.process(x) + x * 0.3f
                                                            : m_r1.process(x) + 0.6f * m_r2.process(x) + 0.3f * m_r3.process(x);
        const float env = std::min({1.0f, tS / std::max(m_seg.attackS, 1e-4f), (m_seg.durS - tS) / std::max(m_seg.releaseS, 1e-4f)});
        out[i] += y * m_seg.amp * std::max(0.0f, env) * m_fade * 2.5f;
    }
}

}  // namespace audio
