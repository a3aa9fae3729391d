// The analysis the voice sheet and the acoustic tests rely on, checked on signals with known answers.
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "audio/dsp.h"
#include "audio/voice_analysis.h"

namespace {
constexpr float kSr = 48000.0f;

std::vector<float> saw(float hz, float seconds) {
    std::vector<float> x(static_cast<std::size_t>(seconds * kSr));
    for (std::size_t i = 0; i < x.size(); ++i) x[i] = 0.3f * (2.0f * std::fmod(hz * static_cast<float>(i) / kSr, 1.0f) - 1.0f);
    return x;
}
}  // namespace

TEST_CASE("Voice analysis: a steady tone's f0 is found within 1% across the infant range") {
    for (float hz : {220.0f, 440.0f, 610.0f, 1500.0f}) {
        const audio::SoundFigures f = audio::analyseSound(saw(hz, 1.0f), kSr);
        INFO("tone " << hz << " Hz measured " << f.f0MeanHz);
        CHECK(std::fabs(f.f0MeanHz - hz) < 0.01f * hz);
        CHECK(f.voicedShare > 0.95f);
    }
}

TEST_CASE("Voice analysis: white noise is unvoiced and bright") {
    audio::Rng rng(7);
    std::vector<float> x(static_cast<std::size_t>(kSr));
    for (float& v : x) v = 0.2f * rng.bipolar();
    const audio::SoundFigures f = audio::analyseSound(x, kSr);
    CHECK(f.voicedShare < 0.05f);
    CHECK(f.centroidHz > 8000.0f);
}

TEST_CASE("Voice analysis: half-second bursts every second count as 60 units a minute") {
    std::vector<float> x = saw(400.0f, 10.0f);
    for (std::size_t i = 0; i < x.size(); ++i)
        if (std::fmod(static_cast<float>(i) / kSr, 1.0f) >= 0.5f) x[i] = 0.0f;
    const audio::SoundFigures f = audio::analyseSound(x, kSr);
    CHECK(f.unitsPerMin == Approx(60.0f).margin(1.0f));
    CHECK(f.longUnitsPerMin == Approx(60.0f).margin(1.0f));
    CHECK(f.unitMeanS == Approx(0.5f).margin(0.03f));
    CHECK(f.pauseMeanS == Approx(0.5f).margin(0.03f));
}

TEST_CASE("Voice analysis: silence has no f0, no units and the floor level") {
    const audio::SoundFigures f = audio::analyseSound(std::vector<float>(48000, 0.0f), kSr);
    CHECK(f.f0MeanHz == 0.0f);
    CHECK(f.units == 0);
    CHECK(f.rmsDbfs == -120.0f);
}
