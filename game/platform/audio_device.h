// The SDL audio device: pulls stereo float samples from a callback; runs silent if there is none.
#pragma once

#include <functional>

namespace platform {

/// Fills `frames` stereo frames (2 floats each) of audio. Called on SDL's audio thread.
using AudioFill = std::function<void(float* stereoOut, int frames)>;

/// Opens the default output device; on any failure logs one line and stays silent.
class AudioDevice {
public:
    AudioDevice() = default;
    ~AudioDevice();
    AudioDevice(const AudioDevice&) = delete;
    AudioDevice& operator=(const AudioDevice&) = delete;

    /// Starts playback at sampleRate; false (after one log line) when there is no device.
    bool open(AudioFill fill, int sampleRate = 48000);
    /// True while a device is playing.
    bool isOpen() const { return m_device != 0; }
    /// Runs fn with the audio thread paused (to change what the callback reads safely).
    void locked(const std::function<void()>& fn);

private:
    static void callback(void* self, unsigned char* stream, int bytes);
    AudioFill m_fill;
    unsigned m_device = 0;
};

}  // namespace platform
