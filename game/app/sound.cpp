// Mixer calls happen with the device locked, since SDL's audio thread renders from the same mixer.
#include "app/sound.h"

#include <cstdio>
#include <cstring>

#include "platform/audio_device.h"
#ifdef ATTUNE_HAVE_AUDIO
#include "audio/mixer.h"
#endif

namespace app {

struct Sound::Impl {
#ifdef ATTUNE_HAVE_AUDIO
    audio::Mixer mixer{48000};
#endif
    // Declared after the mixer so it is destroyed first: closing the device stops SDL's audio
    // thread before the mixer it renders from goes away.
    platform::AudioDevice device;
    bool started = false;
    core::Voice voice = core::Voice::None;
    float intensity = -1.0f;
};

Sound::Sound() : m_impl(std::make_unique<Impl>()) {}
Sound::~Sound() = default;

void Sound::start() {
    if (m_impl->started) return;
    m_impl->started = true;
#ifdef ATTUNE_HAVE_AUDIO
    Impl* impl = m_impl.get();
    impl->device.open([impl](float* out, int frames) { impl->mixer.render(out, frames); }, 48000);
#else
    std::fprintf(stderr, "attune: sound synthesis not built yet; running silent\n");
#endif
}

void Sound::setVoice(core::Voice voice, float intensity) {
    if (voice == m_impl->voice && intensity == m_impl->intensity) return;
    m_impl->voice = voice;
    m_impl->intensity = intensity;
#ifdef ATTUNE_HAVE_AUDIO
    m_impl->device.locked([&] { m_impl->mixer.setVoice(voice, intensity); });
#endif
}

void Sound::response(const std::string& responseId) {
#ifdef ATTUNE_HAVE_AUDIO
    m_impl->device.locked([&] { m_impl->mixer.playResponseSound(responseId); });
#else
    (void)responseId;
#endif
}

void Sound::ui(const std::string& name) {
#ifdef ATTUNE_HAVE_AUDIO
    m_impl->device.locked([&] { m_impl->mixer.playUi(name); });
#else
    (void)name;
#endif
}

void Sound::setVolumes(float baby, float interface) {
#ifdef ATTUNE_HAVE_AUDIO
    m_impl->device.locked([&] {
        m_impl->mixer.setVolume(audio::Bus::Baby, baby);
        m_impl->mixer.setVolume(audio::Bus::Interface, interface);
    });
#else
    (void)baby;
    (void)interface;
#endif
}

void Sound::setMuted(bool muted) {
#ifdef ATTUNE_HAVE_AUDIO
    m_impl->device.locked([&] { m_impl->mixer.setMuted(muted); });
#else
    (void)muted;
#endif
}

}  // namespace app
