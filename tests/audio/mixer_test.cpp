// Mixer: silence, loudness order, volumes, determinism, and no NaN on any voice.
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "audio/mixer.h"

namespace {

std::vector<float> renderSeconds(audio::Mixer& m, float seconds) {
    const int frames = static_cast<int>(seconds * 48000.0f);
    std::vector<float> out(static_cast<std::size_t>(frames) * 2);
    for (int done = 0; done < frames; done += 480) m.render(out.data() + done * 2, std::min(480, frames - done));
    return out;
}

double rms(const std::vector<float>& v) {
    double s = 0.0;
    for (float x : v) s += static_cast<double>(x) * x;
    return std::sqrt(s / static_cast<double>(v.size()));
}

double rmsOf(core::Voice voice, float intensity, float seconds = 12.0f) {
    audio::Mixer m;
    m.setVoice(voice, intensity);
    return rms(renderSeconds(m, seconds));
}

}  // namespace

TEST_CASE("Mixer: with no voice and no sounds it renders exact zeros") {
    audio::Mixer m;
    const auto out = renderSeconds(m, 1.0f);
    for (float x : out) REQUIRE(x == 0.0f);
}

TEST_CASE("Mixer: muted output is zeros even while the baby cries") {
    audio::Mixer m;
    m.setVoice(core::Voice::CryIntense, 1.0f);
    m.setMuted(true);
    const auto out = renderSeconds(m, 2.0f);
    for (float x : out) REQUIRE(x == 0.0f);
}

TEST_CASE("Mixer: crying is louder than fussing, which is louder than cooing") {
    const double cry = rmsOf(core::Voice::Cry, 0.8f);
    const double fuss = rmsOf(core::Voice::Fuss, 0.5f);
    const double coo = rmsOf(core::Voice::Coo, 0.4f);
    INFO("cry " << cry << " fuss " << fuss << " coo " << coo);
    CHECK(cry > 2.0 * fuss);
    CHECK(fuss > coo);
    CHECK(coo > 0.0);
}

TEST_CASE("Mixer: the baby volume scales the output") {
    audio::Mixer full, half;
    full.setVoice(core::Voice::Fuss, 0.5f);
    half.setVoice(core::Voice::Fuss, 0.5f);
    half.setVolume(audio::Bus::Baby, 0.5f);
    const double a = rms(renderSeconds(full, 8.0f)), b = rms(renderSeconds(half, 8.0f));
    INFO("full " << a << " half " << b);
    CHECK(b == Approx(a * 0.5).epsilon(0.1));
    audio::Mixer none;
    none.setVoice(core::Voice::Fuss, 0.5f);
    none.setVolume(audio::Bus::Baby, 0.0f);
    CHECK(rms(renderSeconds(none, 4.0f)) < 1e-4);
}

TEST_CASE("Mixer: the interface volume scales clicks and chimes, not the baby") {
    audio::Mixer loud, quiet;
    quiet.setVolume(audio::Bus::Interface, 0.25f);
    for (auto* m : {&loud, &quiet}) {
        m->render(std::vector<float>(2 * 4800).data(), 4800);  // let the volume settle
        m->playUi("chime");
    }
    const double a = rms(renderSeconds(loud, 1.0f)), b = rms(renderSeconds(quiet, 1.0f));
    CHECK(a > 0.001);
    CHECK(b == Approx(a * 0.25).epsilon(0.15));
}

TEST_CASE("Mixer: singing hums a lullaby of about eight seconds, shushing is a shorter hiss") {
    audio::Mixer m;
    m.playResponseSound("sing");
    const auto song = renderSeconds(m, 12.0f);
    auto energyIn = [&](float fromS, float toS) {
        std::vector<float> part(song.begin() + static_cast<long>(fromS * 96000), song.begin() + static_cast<long>(toS * 96000));
        return rms(part);
    };
    CHECK(energyIn(0.5f, 6.0f) > 0.005);
    CHECK(energyIn(10.0f, 12.0f) == 0.0);
    audio::Mixer s;
    s.playResponseSound("shush");
    CHECK(rms(renderSeconds(s, 3.0f)) > 0.005);
    audio::Mixer other;
    other.playResponseSound("change_nappy");
    CHECK(rms(renderSeconds(other, 1.0f)) == 0.0);
}

TEST_CASE("Mixer: the same calls give the same samples") {
    audio::Mixer a, b;
    for (auto* m : {&a, &b}) {
        m->setVoice(core::Voice::CryIntense, 0.9f);
        m->playUi("click");
    }
    CHECK(renderSeconds(a, 3.0f) == renderSeconds(b, 3.0f));
}

TEST_CASE("Mixer: no voice at any intensity produces NaN, infinity or clipping") {
    for (int v = 0; v <= static_cast<int>(core::Voice::Laugh); ++v) {
        for (float in : {0.0f, 0.5f, 1.0f}) {
            audio::Mixer m;
            m.setVoice(static_cast<core::Voice>(v), in);
            m.playResponseSound("sing");
            m.playResponseSound("shush");
            m.playResponseSound("white_noise");
            m.playUi("soft_alert");
            const auto out = renderSeconds(m, 3.0f);
            bool finite = true, inRange = true;
            for (float x : out) {
                finite = finite && std::isfinite(x);
                inRange = inRange && std::fabs(x) <= 1.0f;
            }
            INFO("voice " << v << " intensity " << in);
            CHECK(finite);
            CHECK(inRange);
        }
    }
}
