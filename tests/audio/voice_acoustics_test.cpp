// The synthesised sounds, rendered through the mixer and measured, against SENSORY.md §1-3 and table (b).
#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "audio/offline_render.h"
#include "audio/voice_analysis.h"

namespace {
using audio::SoundSpec;
constexpr int kSr = 48000;

audio::SoundFigures measureVoice(core::Voice v, float intensity, float seconds) {
    const SoundSpec spec{"", SoundSpec::Source::Voice, v, intensity, "", seconds};
    return audio::analyseSound(audio::renderOffline(spec, kSr), static_cast<float>(kSr));
}

audio::SoundFigures measureResponse(const char* id, float seconds) {
    const SoundSpec spec{id, SoundSpec::Source::Response, core::Voice::None, 0.0f, id, seconds};
    return audio::analyseSound(audio::renderOffline(spec, kSr), static_cast<float>(kSr));
}

/// value lies strictly between lo and hi (Catch prints all three on failure).
void checkBetween(const char* what, float value, float lo, float hi) {
    INFO(what << " = " << value << ", expected between " << lo << " and " << hi);
    CHECK(value > lo);
    CHECK(value < hi);
}

void report(const char* name, const audio::SoundFigures& f) {
    UNSCOPED_INFO(name << ": f0 mean " << f.f0MeanHz << " p95 " << f.f0PeakHz << " arc top " << f.arcPeakMeanHz << " at "
                       << f.arcPeakAt << " voiced " << f.voicedShare << " units/min " << f.unitsPerMin << " long/min "
                       << f.longUnitsPerMin << " unit " << f.unitMeanS << " s pause " << f.pauseMeanS << " s centroid "
                       << f.centroidHz);
}
}  // namespace

TEST_CASE("Voice acoustics: a cry is a 350-650 Hz wail in rise-fall arcs at 40-75 breath cycles a minute") {
    const audio::SoundFigures f = measureVoice(core::Voice::Cry, 0.6f, 12.0f);
    report("cry", f);
    checkBetween("f.f0MeanHz", f.f0MeanHz, 350.0f, 650.0f);
    checkBetween("f.arcPeakMeanHz", f.arcPeakMeanHz, 500.0f, 750.0f);  // §1.1: highest point 583 +- 151 Hz
    checkBetween("f.arcPeakAt", f.arcPeakAt, 0.15f, 0.55f);  // rises first, then falls (rise ~30-40%)
    checkBetween("f.longUnitsPerMin", f.longUnitsPerMin, 40.0f, 75.0f);  // §1.2: ~57 cycles a minute
    CHECK(f.voicedShare > 0.5f);
}

TEST_CASE("Voice acoustics: an intense cry peaks higher, jumps into hyperphonation and comes faster") {
    const audio::SoundFigures cry = measureVoice(core::Voice::Cry, 0.6f, 12.0f);
    const audio::SoundFigures intense = measureVoice(core::Voice::CryIntense, 0.9f, 12.0f);
    report("cry", cry);
    report("intense", intense);
    CHECK(intense.arcPeakMeanHz > cry.arcPeakMeanHz + 50.0f);
    checkBetween("intense.arcPeakMeanHz", intense.arcPeakMeanHz, 600.0f, 850.0f);  // table (b): distress peaks 600-800 Hz
    CHECK(intense.f0MaxHz > 1000.0f);       // occasional 1-2 kHz hyperphonation
    CHECK(intense.longUnitsPerMin > cry.longUnitsPerMin);
    CHECK(intense.rmsDbfs > cry.rmsDbfs);
}

TEST_CASE("Voice acoustics: coos sit at 300-450 Hz in short units with turn-taking gaps") {
    const audio::SoundFigures f = measureVoice(core::Voice::Coo, 0.5f, 12.0f);
    report("coo", f);
    checkBetween("f.f0MeanHz", f.f0MeanHz, 300.0f, 450.0f);
    checkBetween("f.unitMeanS", f.unitMeanS, 0.15f, 0.8f);
    CHECK(f.pauseMeanS > 1.0f);
}

TEST_CASE("Voice acoustics: fussing is 350-500 Hz in short units, quieter than crying") {
    const audio::SoundFigures fuss = measureVoice(core::Voice::Fuss, 0.5f, 10.0f);
    const audio::SoundFigures cry = measureVoice(core::Voice::Cry, 0.5f, 6.0f);
    report("fuss", fuss);
    checkBetween("fuss.f0MeanHz", fuss.f0MeanHz, 350.0f, 500.0f);
    checkBetween("fuss.unitMeanS", fuss.unitMeanS, 0.15f, 0.6f);
    CHECK(fuss.rmsDbfs < cry.rmsDbfs - 6.0f);
}

TEST_CASE("Voice acoustics: hiccups and sucking are short unvoiced clicks") {
    const audio::SoundFigures hic = measureVoice(core::Voice::Hiccup, 0.5f, 10.0f);
    const audio::SoundFigures suck = measureVoice(core::Voice::SuckSounds, 0.5f, 10.0f);
    report("hiccup", hic);
    report("suck", suck);
    CHECK(hic.voicedShare < 0.2f);
    CHECK(hic.unitMeanS < 0.15f);
    CHECK(suck.voicedShare < 0.2f);
    CHECK(suck.unitMeanS < 0.1f);
    CHECK(suck.unitsPerMin > 40.0f);  // ~2 sucks a second in bursts, with pauses between bursts
}

TEST_CASE("Voice acoustics: a shush is broadband noise swelling 1-2 times a second") {
    const audio::SoundFigures f = measureResponse("shush", 6.0f);
    report("shush", f);
    CHECK(f.voicedShare < 0.1f);
    CHECK(f.centroidHz > 2000.0f);
    checkBetween("f.unitsPerMin", f.unitsPerMin, 55.0f, 125.0f);
}

TEST_CASE("Voice acoustics: the hummed lullaby is voiced in an adult 180-300 Hz register") {
    const audio::SoundFigures f = measureResponse("sing", 8.0f);
    report("hum", f);
    CHECK(f.voicedShare > 0.9f);
    checkBetween("f.f0MeanHz", f.f0MeanHz, 180.0f, 300.0f);
    CHECK(f.f0LowHz > 160.0f);
    CHECK(f.f0PeakHz < 320.0f);
    CHECK(f.centroidHz < 1500.0f);  // the "mm" low-pass
}

TEST_CASE("Voice acoustics: no voice renders exact silence") {
    const SoundSpec spec{"none", SoundSpec::Source::Voice, core::Voice::None, 1.0f, "", 2.0f};
    const std::vector<float> x = audio::renderOffline(spec, kSr);
    CHECK(std::all_of(x.begin(), x.end(), [](float v) { return v == 0.0f; }));
    CHECK(audio::analyseSound(x, static_cast<float>(kSr)).units == 0);
}
