// Writes 16-bit PCM mono WAV files (RIFF, little-endian).
#pragma once

#include <string>
#include <vector>

namespace voicesheet {

/// Writes samples (clipped to -1..1) as 16-bit mono PCM at sampleRate; false on failure.
bool writeWav16(const std::string& path, const std::vector<float>& samples, int sampleRate);

}  // namespace voicesheet
