// Columns of Hann-windowed 1024-point spectra (centred on each pixel's time), coloured black ->
// purple -> red -> orange -> pale yellow over the chosen dB range.
#include "spectrogram.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "audio/fft.h"

namespace voicesheet {

namespace {
constexpr std::size_t kFft = 1024;
const Rgb kBackground{24, 24, 28}, kGrid{70, 70, 80}, kLabel{200, 200, 200};

Rgb heat(float v) {
    static const Rgb stops[] = {{0, 0, 0}, {70, 10, 110}, {190, 30, 60}, {245, 140, 10}, {255, 250, 190}};
    v = std::clamp(v, 0.0f, 1.0f) * 4.0f;
    const int i = std::min(3, static_cast<int>(v));
    const float f = v - static_cast<float>(i);
    auto mix = [&](std::uint8_t a, std::uint8_t b) { return static_cast<std::uint8_t>(a + (b - a) * f); };
    return {mix(stops[i].r, stops[i + 1].r), mix(stops[i].g, stops[i + 1].g), mix(stops[i].b, stops[i + 1].b)};
}

/// dB magnitude per (column, row), rows top to bottom covering topHz..0.
std::vector<float> spectrumCells(const std::vector<float>& x, float sr, int cols, const SheetDef& def) {
    std::vector<float> cells(static_cast<std::size_t>(cols) * def.spectrumPx, -200.0f);
    std::vector<float> frame(kFft);
    for (int c = 0; c < cols; ++c) {
        const long centre = static_cast<long>(static_cast<float>(c) * sr / def.pxPerS);
        for (std::size_t i = 0; i < kFft; ++i) {
            const long at = centre - static_cast<long>(kFft / 2) + static_cast<long>(i);
            frame[i] = at >= 0 && at < static_cast<long>(x.size()) ? x[static_cast<std::size_t>(at)] : 0.0f;
        }
        const std::vector<float> p = audio::powerSpectrum(frame.data(), kFft, kFft);
        for (int row = 0; row < def.spectrumPx; ++row) {
            const float hz = def.topHz * static_cast<float>(def.spectrumPx - 1 - row) / static_cast<float>(def.spectrumPx);
            const float bin = hz / (sr / static_cast<float>(kFft));
            const auto b0 = std::min(p.size() - 2, static_cast<std::size_t>(bin));
            const float f = bin - static_cast<float>(b0);
            const float power = p[b0] * (1.0f - f) + p[b0 + 1] * f;
            cells[static_cast<std::size_t>(c) * def.spectrumPx + row] = 10.0f * std::log10(power + 1e-20f);
        }
    }
    return cells;
}

void drawSpectrum(Image& img, const std::vector<float>& cells, int cols, const SheetDef& def, const SheetLayout& l) {
    const float top = std::max(*std::max_element(cells.begin(), cells.end()), -20.0f);  // silence stays black
    for (int c = 0; c < cols; ++c)
        for (int row = 0; row < def.spectrumPx; ++row) {
            const float db = cells[static_cast<std::size_t>(c) * def.spectrumPx + row];
            img.set(l.left + c, l.top + row, heat(1.0f - (top - db) / def.rangeDb));
        }
    for (int khz = 0; khz <= static_cast<int>(def.topHz / 1000.0f); khz += 2) {
        const int y = l.top + def.spectrumPx - 1 - static_cast<int>(khz * 1000.0f / def.topHz * def.spectrumPx);
        img.fillRect(l.left - 4, y, 4, 1, kLabel);
        img.text(2, y - 3, std::to_string(khz) + "k", kLabel);
    }
}

void drawStrip(Image& img, const audio::FrameTrack& t, const SheetDef& def, const SheetLayout& l) {
    img.fillRect(l.left, l.stripTop, l.plotWidthPx, def.stripPx, {12, 12, 16});
    auto yOfHz = [&](float hz) { return l.stripTop + def.stripPx - 1 - static_cast<int>(hz / def.stripTopHz * (def.stripPx - 1)); };
    for (int hz = 500; hz < static_cast<int>(def.stripTopHz); hz += 500) {
        img.fillRect(l.left, yOfHz(static_cast<float>(hz)), l.plotWidthPx, 1, kGrid);
        img.text(2, yOfHz(static_cast<float>(hz)) - 3, std::to_string(hz), kLabel);
    }
    const float framePx = t.hopS * def.pxPerS;
    for (std::size_t i = 0; i < t.f0Hz.size(); ++i) {
        const int x = l.left + static_cast<int>(static_cast<float>(i) * framePx);
        const float level = std::clamp((t.rmsDbfs[i] + 60.0f) / 60.0f, 0.0f, 1.0f);
        if (level > 0.0f) img.set(x, l.stripTop + def.stripPx - 1 - static_cast<int>(level * (def.stripPx - 1)), {150, 150, 150});
        if (t.f0Hz[i] > 0.0f) img.fillRect(x, yOfHz(std::min(t.f0Hz[i], def.stripTopHz)) - 1, 2, 2, {60, 230, 240});
    }
}

void drawTimeAxis(Image& img, float seconds, const SheetDef& def, const SheetLayout& l) {
    const int y = l.stripTop + def.stripPx + 2;
    for (int s = 0; s <= static_cast<int>(seconds); ++s) {
        const int x = l.left + static_cast<int>(static_cast<float>(s) * def.pxPerS);
        img.fillRect(x, y, 1, 4, kLabel);
        if (s % 2 == 0) img.text(x - 2, y + 6, std::to_string(s) + "s", kLabel);
    }
}
}  // namespace

Image drawSoundSheet(const std::vector<float>& x, float sr, const audio::FrameTrack& track, const std::string& title,
                     const SheetDef& def, SheetLayout* layoutOut) {
    const float seconds = static_cast<float>(x.size()) / sr;
    SheetLayout l;
    l.spectrumPx = def.spectrumPx;
    l.stripPx = def.stripPx;
    l.stripTop = l.top + def.spectrumPx + 6;
    l.plotWidthPx = std::max(1, static_cast<int>(seconds * def.pxPerS));
    Image img(l.left + l.plotWidthPx + 10, l.stripTop + def.stripPx + 22, kBackground);
    img.text(l.left, 6, title, {255, 255, 255}, 1);
    drawSpectrum(img, spectrumCells(x, sr, l.plotWidthPx, def), l.plotWidthPx, def, l);
    drawStrip(img, track, def, l);
    drawTimeAxis(img, seconds, def, l);
    if (layoutOut) *layoutOut = l;
    return img;
}

}  // namespace voicesheet
