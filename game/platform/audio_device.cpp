// SDL_INIT_AUDIO on its own, so a missing sound card never stops the game from starting.
#include "platform/audio_device.h"

#include <SDL.h>

#include <cstdio>
#include <cstring>

namespace platform {

AudioDevice::~AudioDevice() {
    if (m_device) {
        SDL_CloseAudioDevice(m_device);
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
}

bool AudioDevice::open(AudioFill fill, int sampleRate) {
    m_fill = std::move(fill);
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        std::fprintf(stderr, "attune: no audio (%s); running silent\n", SDL_GetError());
        return false;
    }
    SDL_AudioSpec want{};
    want.freq = sampleRate;
    want.format = AUDIO_F32SYS;
    want.channels = 2;
    want.samples = 1024;
    want.callback = &AudioDevice::callback;
    want.userdata = this;
    SDL_AudioSpec have{};
    m_device = SDL_OpenAudioDevice(nullptr, 0, &want, &have, 0);
    if (m_device == 0) {
        std::fprintf(stderr, "attune: no audio device (%s); running silent\n", SDL_GetError());
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return false;
    }
    SDL_PauseAudioDevice(m_device, 0);
    return true;
}

void AudioDevice::locked(const std::function<void()>& fn) {
    if (m_device) SDL_LockAudioDevice(m_device);
    fn();
    if (m_device) SDL_UnlockAudioDevice(m_device);
}

void AudioDevice::callback(void* self, unsigned char* stream, int bytes) {
    auto* device = static_cast<AudioDevice*>(self);
    float* out = reinterpret_cast<float*>(stream);
    const int frames = bytes / static_cast<int>(2 * sizeof(float));
    if (device->m_fill) device->m_fill(out, frames);
    else std::memset(stream, 0, static_cast<std::size_t>(bytes));
}

}  // namespace platform
