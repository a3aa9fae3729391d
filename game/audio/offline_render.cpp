// Drives a fresh Mixer with one request and pulls its stereo output block by block.
#include "audio/offline_render.h"

#include <algorithm>

#include "audio/mixer.h"

namespace audio {

std::vector<float> renderOffline(const SoundSpec& spec, int sampleRate) {
    Mixer mixer(sampleRate);
    if (spec.source == SoundSpec::Source::Voice) mixer.setVoice(spec.voice, spec.intensity);
    else if (spec.source == SoundSpec::Source::Response) mixer.playResponseSound(spec.id);
    else mixer.playUi(spec.id);
    const auto total = static_cast<std::size_t>(std::max(0.0f, spec.seconds) * static_cast<float>(mixer.sampleRate()));
    std::vector<float> mono(total), stereo(2 * 512);
    for (std::size_t done = 0; done < total;) {
        const int n = static_cast<int>(std::min<std::size_t>(512, total - done));
        mixer.render(stereo.data(), n);
        for (int i = 0; i < n; ++i) mono[done + static_cast<std::size_t>(i)] = stereo[2 * static_cast<std::size_t>(i)];
        done += static_cast<std::size_t>(n);
    }
    return mono;
}

}  // namespace audio
