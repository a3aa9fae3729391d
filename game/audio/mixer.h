// The game's sound: the baby's voice, the caregiver's sounds and interface sounds, mixed to stereo.
#pragma once

#include <array>
#include <atomic>
#include <memory>
#include <string>

#include "core/depiction.h"

namespace audio {

/// Output buses with their own volumes.
enum class Bus { Baby, Interface };

/// Thread-safe front end: setters run on the game thread, render() on the audio callback thread.
/// Requests travel through a lock-free queue; volumes and mute are atomics. Deterministic: the
/// same calls between the same render() calls give the same samples (seeded noise).
class Mixer {
public:
    explicit Mixer(int sampleRate = 48000);
    ~Mixer();
    Mixer(const Mixer&) = delete;
    Mixer& operator=(const Mixer&) = delete;

    /// What the baby is doing now (from Observation::look); intensity 0..1.
    void setVoice(core::Voice voice, float intensity);
    /// "sing" hums a lullaby ~8 s, "shush" shushes, "white_noise" a low noise machine; others nothing.
    void playResponseSound(const std::string& responseId);
    /// "click", "chime", "soft_alert".
    void playUi(const std::string& name);
    /// Bus volume 0..1 (the baby bus also carries the caregiver's lullaby and shushing).
    void setVolume(Bus bus, float volume01);
    /// Silences the output (render writes zeros) without losing state.
    void setMuted(bool muted);
    /// Fills interleaved stereo L/R frames; no allocation, no locks.
    void render(float* stereoOut, int frames);
    /// The sample rate in Hz.
    int sampleRate() const { return m_sampleRate; }

private:
    struct Impl;
    int m_sampleRate;
    std::unique_ptr<Impl> m_impl;
    std::atomic<float> m_babyVolume{1.0f}, m_uiVolume{1.0f};
    std::atomic<bool> m_muted{false};
};

}  // namespace audio
