// Levels survive save(load(x)) byte for byte, and every shipped level loads and re-saves stably.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "format/catalog_file.h"
#include "format/json_writer.h"
#include "format/level_file.h"

namespace fs = std::filesystem;

namespace {

std::string joined(const std::vector<format::Diagnostic>& ds) {
    std::string out;
    for (const format::Diagnostic& d : ds) out += format::formatDiagnostic(d) + "\n";
    return out;
}

core::Catalog miniCatalog() {
    auto loaded = format::loadCatalog(ATTUNE_ROOT_DIR "/tests/data/catalog-mini");
    REQUIRE(loaded.ok());
    return *loaded.value;
}

core::LevelDef sampleLevel() {
    core::LevelDef l;
    l.id = "sample";
    l.title = "A \"quoted\" title\twith a tab";
    l.summary = "Unicode: café, 赤ちゃん";
    l.learningGoals = {"Spot rooting early.", "Feed calmly."};
    l.baby.name = "Ava";
    l.baby.ageWeeks = 3;
    l.baby.temperament = core::Temperament::SlowToWarm;
    l.baby.initialState = core::BabyState::LightSleep;
    l.setting.light = 0.3f;
    l.setting.roomTempC = 21.5f;
    l.durationS = 240.0f;
    l.timeScale = 10.0f;
    core::EpisodeDef e;
    e.id = "first-feed";
    e.need = "hunger";
    e.startS = 12.25f;
    e.clarity = 0.7f;
    e.escalation.preset = "fast";
    e.escalation.lateS = 45.0f;
    e.cues = {"rooting"};
    e.feedback = "Rooting is an early hunger cue.";
    e.feedbackEarly = "You fed her on the first signs.";
    e.feedbackMissed = "She was hungry for a long time.";
    l.episodes.push_back(e);
    core::EpisodeDef crying = e;
    crying.id = "back-from-the-shower";
    crying.startStage = core::Stage::Late;
    crying.cues.clear();
    l.episodes.push_back(crying);
    core::EnvEventDef ev;
    ev.id = "ring";
    ev.startS = 100.0f;
    ev.text = "The phone rings.";
    l.events.push_back(ev);
    l.reflection = {"What did you see first?"};
    return l;
}

}  // namespace

TEST_CASE("Level round trip: a level written by us reads back and writes the same bytes") {
    const core::Catalog catalog = miniCatalog();
    const std::string first = format::levelToJson(sampleLevel());
    auto loaded = format::parseLevel(first, "sample.json", catalog);
    INFO(joined(loaded.diagnostics) << first);
    REQUIRE(loaded.ok());
    CHECK(loaded.diagnostics.empty());
    CHECK(format::levelToJson(*loaded.value) == first);
    CHECK(loaded.value->episodes.at(0).clarity == 0.7f);
    CHECK(loaded.value->episodes.at(0).startStage == core::Stage::Early);
    CHECK(loaded.value->episodes.at(1).startStage == core::Stage::Late);
    CHECK(loaded.value->title == "A \"quoted\" title\twith a tab");
}

TEST_CASE("Level writer: format_version comes first, floats are short, the file ends in a newline") {
    const std::string text = format::levelToJson(sampleLevel());
    CHECK(text.rfind("{\n  \"format_version\": 1,\n  \"id\": \"sample\",", 0) == 0);
    CHECK(text.find("\"clarity\": 0.7,") != std::string::npos);
    CHECK(text.find("\"start_s\": 12.25,") != std::string::npos);
    CHECK(text.find("\"initial_state\": \"light_sleep\"") != std::string::npos);
    CHECK(text.find("\"start_stage\": \"late\",") != std::string::npos);
    CHECK(text.find("\"resists_s\": 0,") != std::string::npos);
    CHECK(text.back() == '\n');
}

TEST_CASE("Level writer: feedback by outcome follows feedback, in a stable order, and reads back") {
    const std::string text = format::levelToJson(sampleLevel());
    const auto plain = text.find("\"feedback\": \"Rooting is an early hunger cue.\",");
    const auto early = text.find("\"feedback_early\": \"You fed her on the first signs.\",");
    const auto late = text.find("\"feedback_late\": \"\",");
    const auto missed = text.find("\"feedback_missed\": \"She was hungry for a long time.\",");
    REQUIRE(plain != std::string::npos);
    CHECK(plain < early);
    CHECK(early < late);
    CHECK(late < missed);
    auto loaded = format::parseLevel(text, "sample.json", miniCatalog());
    REQUIRE(loaded.ok());
    CHECK(loaded.value->episodes.at(0).feedbackEarly == "You fed her on the first signs.");
    CHECK(loaded.value->episodes.at(0).feedbackLate.empty());
    CHECK(loaded.value->episodes.at(0).feedbackMissed == "She was hungry for a long time.");
}

TEST_CASE("Level checks: only unexplained crying may resist soothing") {
    core::LevelDef level = sampleLevel();
    level.episodes.at(1).resistsS = 30.0f;  // a hungry baby must stay meetable
    auto loaded = format::parseLevel(format::levelToJson(level), "sample.json", miniCatalog());
    CHECK_FALSE(loaded.ok());
    CHECK(joined(loaded.diagnostics).find("episodes[1].resists_s: only unexplained (PURPLE) crying") !=
          std::string::npos);
}

TEST_CASE("Level round trip: every shipped level loads and re-saves to a stable canonical form") {
    const fs::path levels = ATTUNE_ROOT_DIR "/levels";
    if (!fs::exists(levels)) return;
    auto catalog = format::loadCatalog(ATTUNE_ROOT_DIR "/assets/catalog");
    INFO(joined(catalog.diagnostics));
    int checked = 0;
    for (const auto& entry : fs::directory_iterator(levels)) {
        if (entry.path().extension() != ".json" || entry.path().filename() == "index.json") continue;
        REQUIRE(catalog.ok());
        INFO("level " << entry.path().string());
        auto loaded = format::loadLevel(entry.path().string(), *catalog.value);
        INFO(joined(loaded.diagnostics));
        REQUIRE(loaded.ok());
        const std::string canonical = format::levelToJson(*loaded.value);
        auto again = format::parseLevel(canonical, entry.path().string(), *catalog.value);
        REQUIRE(again.ok());
        CHECK(format::levelToJson(*again.value) == canonical);
        ++checked;
    }
    SUCCEED("checked " << checked << " shipped levels");
}

TEST_CASE("Numbers: saved as the shortest text that reads back exactly, in plain decimals") {
    CHECK(format::formatFloat(360.0f) == "360");
    CHECK(format::formatFloat(1200.0f) == "1200");
    CHECK(format::formatFloat(0.25f) == "0.25");
    CHECK(format::formatFloat(-45.5f) == "-45.5");
    CHECK(format::formatFloat(0.1f) == "0.1");
    CHECK(format::formatDouble(5400.0) == "5400");
    CHECK(format::formatDouble(0.1) == "0.1");
    CHECK(format::formatDouble(1e20) == "1e+20");  // huge numbers keep the exponent
    for (float x : {360.0f, 0.3f, 123456.7f, 1e-5f, 7.25e6f, 1.0f / 3.0f}) {
        const std::string text = format::formatFloat(x);
        INFO(text);
        CHECK(std::strtof(text.c_str(), nullptr) == x);
    }
    for (double x : {360.0, 0.3, 86399.98333333333, 1e-7, 1.0 / 3.0}) {
        const std::string text = format::formatDouble(x);
        INFO(text);
        CHECK(std::strtod(text.c_str(), nullptr) == x);
    }
}
