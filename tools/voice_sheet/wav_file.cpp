// The canonical 44-byte header followed by the samples, written through a temporary file and renamed.
#include "wav_file.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>

namespace voicesheet {

namespace {
void put32(std::ofstream& f, std::uint32_t v) {
    const char b[4] = {static_cast<char>(v), static_cast<char>(v >> 8), static_cast<char>(v >> 16), static_cast<char>(v >> 24)};
    f.write(b, 4);
}
void put16(std::ofstream& f, std::uint16_t v) {
    const char b[2] = {static_cast<char>(v), static_cast<char>(v >> 8)};
    f.write(b, 2);
}
}  // namespace

bool writeWav16(const std::string& path, const std::vector<float>& samples, int sampleRate) {
    const std::string tmp = path + ".tmp";
    {
        std::ofstream f(tmp, std::ios::binary);
        if (!f) return false;
        const auto dataBytes = static_cast<std::uint32_t>(samples.size() * 2);
        f.write("RIFF", 4);
        put32(f, 36 + dataBytes);
        f.write("WAVEfmt ", 8);
        put32(f, 16);
        put16(f, 1);  // PCM
        put16(f, 1);  // mono
        put32(f, static_cast<std::uint32_t>(sampleRate));
        put32(f, static_cast<std::uint32_t>(sampleRate) * 2);
        put16(f, 2);
        put16(f, 16);
        f.write("data", 4);
        put32(f, dataBytes);
        for (float x : samples) {
            const float c = std::isfinite(x) ? std::clamp(x, -1.0f, 1.0f) : 0.0f;
            put16(f, static_cast<std::uint16_t>(static_cast<std::int16_t>(std::lround(c * 32767.0f))));
        }
        if (!f.flush()) return false;
    }
    return std::rename(tmp.c_str(), path.c_str()) == 0;
}

}  // namespace voicesheet
