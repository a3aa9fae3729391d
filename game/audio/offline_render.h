// Renders one sound offline through the Mixer (the same path the game hears), for tools and tests.
#pragma once

#include <string>
#include <vector>

#include "core/depiction.h"

namespace audio {

/// What to render: a baby voice at an intensity, or a caregiver response / interface sound by id.
struct SoundSpec {
    enum class Source { Voice, Response, Ui };
    std::string name;             ///< label for files and tables, e.g. "cry@0.8"
    Source source = Source::Voice;
    core::Voice voice = core::Voice::None;
    float intensity = 0.6f;       ///< 0..1, voices only
    std::string id;               ///< response id ("sing", "shush", "white_noise") or UI sound name
    float seconds = 10.0f;        ///< render length
};

/// The mono samples (left channel of the mixer's output) of spec at sampleRate; deterministic.
std::vector<float> renderOffline(const SoundSpec& spec, int sampleRate = 48000);

}  // namespace audio
