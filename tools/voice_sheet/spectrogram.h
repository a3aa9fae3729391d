// One sound's picture: a log-magnitude spectrogram (0-8 kHz) above a strip with the measured f0
// (0-2 kHz, cyan) and frame level (-60..0 dBFS, grey), time across with a tick each second.
#pragma once

#include <string>
#include <vector>

#include "audio/voice_analysis.h"
#include "image.h"

namespace voicesheet {

/// Layout of a sound sheet.
struct SheetDef {
    float pxPerS = 100.0f;
    float topHz = 8000.0f;
    int spectrumPx = 320;
    int stripPx = 120;
    float stripTopHz = 2000.0f;
    float rangeDb = 80.0f;  ///< colour range below the loudest cell
};

/// Pixel rows of the parts, for cropping thumbnails.
struct SheetLayout {
    int left = 44, top = 22, spectrumPx = 320, stripTop = 348, stripPx = 120, plotWidthPx = 0;
};

/// Draws the sheet for samples x at sampleRate with its frame track; layout receives where things went.
Image drawSoundSheet(const std::vector<float>& x, float sampleRate, const audio::FrameTrack& track,
                     const std::string& title, const SheetDef& def, SheetLayout* layout = nullptr);

}  // namespace voicesheet
