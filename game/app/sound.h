// The game's sound: the synthesiser (audio::Mixer) played through the SDL device, or silence.
#pragma once

#include <memory>
#include <string>

#include "core/depiction.h"

namespace app {

/// Owns the mixer and the audio device; every call is safe when there is no sound.
class Sound {
public:
    Sound();
    ~Sound();
    /// Opens the device (once); logs one line and stays silent if there is none.
    void start();
    /// The baby's voice now (from the observation's depiction).
    void setVoice(core::Voice voice, float intensity);
    /// A response's sound (lullaby for sing, shushing ...).
    void response(const std::string& responseId);
    /// An interface sound ("click", "open", "star" ...).
    void ui(const std::string& name);
    /// Volumes 0..1 for the baby and the interface.
    void setVolumes(float baby, float interface);
    /// Mutes everything (pause).
    void setMuted(bool muted);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace app
