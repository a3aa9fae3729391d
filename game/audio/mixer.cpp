// Drains the command queue, renders each source into fixed scratch blocks, applies bus volumes and
// a soft limiter (the game never approaches real cry levels: SENSORY §1.8), writes stereo.
#include "audio/mixer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "audio/caregiver_sounds.h"
#include "audio/command_queue.h"
#include "audio/ui_sounds.h"
#include "audio/voice_synth.h"

namespace audio {

namespace {
constexpr int kBlock = 256;

/// Smooth limiter: linear below 0.5, approaches 0.95 asymptotically above.
float softLimit(float x) {
    const float a = std::fabs(x);
    if (a <= 0.5f) return x;
    const float y = 0.5f + 0.45f * std::tanh((a - 0.5f) / 0.45f);
    return x < 0 ? -y : y;
}
}  // namespace

struct Mixer::Impl {
    explicit Impl(float sr) : voice(sr), lullaby(sr), shush(sr), pink(sr), ui(sr) {}
    CommandQueue<64> queue;
    VoiceSynth voice;
    Lullaby lullaby;
    Shush shush;
    PinkNoise pink;
    UiSounds ui;
    float baby[kBlock] = {};
    float iface[kBlock] = {};
    float babyGain = 1.0f, uiGain = 1.0f;  // smoothed volumes
    bool primed = false;                   // the first render starts at the set volumes
};

Mixer::Mixer(int sampleRate)
    : m_sampleRate(sampleRate > 0 ? sampleRate : 48000), m_impl(std::make_unique<Impl>(static_cast<float>(m_sampleRate))) {}

Mixer::~Mixer() = default;

void Mixer::setVoice(core::Voice voice, float intensity) {
    Command c;
    c.kind = Command::Kind::Voice;
    c.voice = voice;
    c.value = intensity;
    m_impl->queue.push(c);
}

void Mixer::playResponseSound(const std::string& responseId) {
    Command c;
    c.kind = Command::Kind::Response;
    c.setName(responseId);
    m_impl->queue.push(c);
}

void Mixer::playUi(const std::string& name) {
    Command c;
    c.kind = Command::Kind::Ui;
    c.setName(name);
    m_impl->queue.push(c);
}

void Mixer::setVolume(Bus bus, float volume01) {
    const float v = std::isfinite(volume01) ? std::clamp(volume01, 0.0f, 1.0f) : 0.0f;
    (bus == Bus::Baby ? m_babyVolume : m_uiVolume).store(v, std::memory_order_relaxed);
}

void Mixer::setMuted(bool muted) { m_muted.store(muted, std::memory_order_relaxed); }

void Mixer::render(float* out, int frames) {
    Impl& m = *m_impl;
    for (Command c; m.queue.pop(c);) {
        const std::string_view name(c.name);
        if (c.kind == Command::Kind::Voice) m.voice.setVoice(c.voice, std::isfinite(c.value) ? c.value : 0.0f);
        else if (c.kind == Command::Kind::Ui) m.ui.play(name);
        else if (name == "sing") m.lullaby.start();
        else if (name == "shush") m.shush.start();
        else if (name == "white_noise") m.pink.start();
    }
    const float bv = m_babyVolume.load(std::memory_order_relaxed), uv = m_uiVolume.load(std::memory_order_relaxed);
    const bool muted = m_muted.load(std::memory_order_relaxed);
    if (!m.primed) {
        m.babyGain = bv;
        m.uiGain = uv;
        m.primed = true;
    }
    for (int done = 0; done < frames;) {
        const int n = std::min(kBlock, frames - done);
        std::fill(m.baby, m.baby + n, 0.0f);
        std::fill(m.iface, m.iface + n, 0.0f);
        m.voice.render(m.baby, n);
        m.lullaby.render(m.baby, n);
        m.shush.render(m.baby, n);
        m.pink.render(m.baby, n);
        m.ui.render(m.iface, n);
        for (int i = 0; i < n; ++i) {
            m.babyGain += (bv - m.babyGain) * 0.002f;
            m.uiGain += (uv - m.uiGain) * 0.002f;
            float x = softLimit(m.baby[i] * m.babyGain + m.iface[i] * m.uiGain);
            if (muted || !std::isfinite(x)) x = 0.0f;
            out[2 * (done + i)] = x;
            out[2 * (done + i) + 1] = x;
        }
        done += n;
    }
}

}  // namespace audio
