// The baby's voice: pitch ranges from SENSORY.md (coo, cry, weak high cry, fussing).
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "audio/voice_synth.h"

namespace {

/// Mean f0 over voiced samples, as the synthesiser reports it.
double meanF0(core::Voice voice, float intensity, float seconds = 15.0f) {
    audio::VoiceSynth v(48000.0f);
    v.setVoice(voice, intensity);
    std::vector<float> buf(480);
    double sum = 0.0;
    long count = 0;
    for (int block = 0; block < static_cast<int>(seconds * 100); ++block) {
        std::fill(buf.begin(), buf.end(), 0.0f);
        v.render(buf.data(), 1);
        if (v.currentF0Hz() > 0.0f) sum += v.currentF0Hz(), ++count;
        v.render(buf.data() + 1, 479);
    }
    return count ? sum / static_cast<double>(count) : 0.0;
}

/// f0 estimated from the audio itself: the autocorrelation peak between 200 and 1000 Hz in the
/// loudest 2048-sample window.
double audioF0(core::Voice voice, float intensity) {
    audio::VoiceSynth v(48000.0f);
    v.setVoice(voice, intensity);
    std::vector<float> s(48000 * 10, 0.0f);
    v.render(s.data(), static_cast<int>(s.size()));
    const std::size_t w = 2048;
    std::size_t best = 0;
    double bestE = 0.0;
    for (std::size_t at = 0; at + w < s.size(); at += 512) {
        double e = 0.0;
        for (std::size_t i = 0; i < w; ++i) e += s[at + i] * s[at + i];
        if (e > bestE) bestE = e, best = at;
    }
    int bestLag = 0;
    double bestR = -1.0;
    for (int lag = 48; lag <= 240; ++lag) {
        double r = 0.0;
        for (std::size_t i = 0; i + lag < w; ++i) r += s[best + i] * s[best + i + lag];
        if (r > bestR) bestR = r, bestLag = lag;
    }
    return 48000.0 / bestLag;
}

}  // namespace

TEST_CASE("Voice: a coo has its f0 in the infant comfort range (about 300-450 Hz)") {
    const double f0 = meanF0(core::Voice::Coo, 0.4f);
    CHECK(f0 > 300.0);
    CHECK(f0 < 450.0);
    const double heard = audioF0(core::Voice::Coo, 0.4f);
    INFO("autocorrelation f0 " << heard);
    CHECK(heard > 280.0);
    CHECK(heard < 480.0);
}

TEST_CASE("Voice: a cry sits at about 400-600 Hz and is higher than fussing") {
    const double cry = meanF0(core::Voice::Cry, 0.8f), fuss = meanF0(core::Voice::Fuss, 0.5f);
    INFO("cry " << cry << " fuss " << fuss);
    CHECK(cry > 420.0);
    CHECK(cry < 650.0);
    CHECK(cry > fuss);
}

TEST_CASE("Voice: intense crying is higher than crying, and the weak high cry is higher still") {
    const double cry = meanF0(core::Voice::Cry, 0.8f);
    const double intense = meanF0(core::Voice::CryIntense, 0.9f);
    const double weak = meanF0(core::Voice::WeakHighCry, 0.4f);
    INFO("cry " << cry << " intense " << intense << " weak high " << weak);
    CHECK(intense > cry);
    CHECK(weak > cry);
    CHECK(weak > 700.0);
}

TEST_CASE("Voice: no voice means silence") {
    audio::VoiceSynth v(48000.0f);
    std::vector<float> s(48000, 0.0f);
    v.render(s.data(), static_cast<int>(s.size()));
    for (float x : s) REQUIRE(x == 0.0f);
    CHECK(v.currentF0Hz() == 0.0f);
}

TEST_CASE("Voice: a long cry escalates (its pitch rises as the bout goes on)") {
    audio::VoiceSynth v(48000.0f);
    v.setVoice(core::Voice::Cry, 0.8f);
    std::vector<float> buf(480);
    auto meanOver = [&](float seconds) {
        double sum = 0.0;
        long n = 0;
        for (int b = 0; b < static_cast<int>(seconds * 100); ++b) {
            v.render(buf.data(), 480);
            if (v.currentF0Hz() > 0.0f) sum += v.currentF0Hz(), ++n;
        }
        return n ? sum / static_cast<double>(n) : 0.0;
    };
    const double early = meanOver(6.0f);
    meanOver(20.0f);
    const double late = meanOver(6.0f);
    INFO("early " << early << " late " << late);
    CHECK(late > early + 30.0);
}
