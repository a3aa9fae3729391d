// attune-sim --json: every score field in snake_case with enums by name, and valid JSON.
#include <catch2/catch.hpp>

#include "format/sim_report.h"

TEST_CASE("Sim report: runs carry their seed, components, episodes and safety events") {
    format::SimReport report;
    report.level = "01-early-hunger";
    report.policy = "attuned";
    report.seed = 42;
    report.meanScore = 87.5;
    core::LevelScore score;
    score.score = 87.5f;
    score.stars = 3;
    score.rating = 8;
    score.ratingWords = "Very sensitive";
    score.components.awareness = 0.75f;
    core::EpisodeScore e;
    e.episode = 0;
    e.episodeId = "first-feed";
    e.need = "hunger";
    e.stageAnswered = core::Stage::Early;
    e.firstFit = core::Fit::Best;
    e.latencyS = 2.5f;
    score.episodes.push_back(e);
    score.safetyEvents.push_back({core::SafetyKind::HeadUnsupported, 12.5, "Support the head."});
    report.runs.push_back(score);
    report.runSeeds.push_back(43);
    report.runCuesSeen.push_back({"rooting", "hunger_crying"});
    const std::string json = format::simReportJson(report);
    CHECK(json.rfind("{\n  \"level\": \"01-early-hunger\",\n  \"policy\": \"attuned\",\n  \"seed\": 42,", 0) == 0);
    CHECK(json.find("\"mean_score\": 87.5") != std::string::npos);
    CHECK(json.find("\"seed\": 43,") != std::string::npos);
    CHECK(json.find("\"rating_words\": \"Very sensitive\"") != std::string::npos);
    CHECK(json.find("\"awareness\": 0.75") != std::string::npos);
    CHECK(json.find("\"stage_answered\": \"early\"") != std::string::npos);
    CHECK(json.find("\"first_fit\": \"best\"") != std::string::npos);
    CHECK(json.find("\"latency_s\": 2.5") != std::string::npos);
    CHECK(json.find("\"kind\": \"head_unsupported\"") != std::string::npos);
    CHECK(json.find("\"early_catch_rate\": 0") != std::string::npos);
    CHECK(json.find("\"cues_seen\": [") != std::string::npos);
    CHECK(json.find("\"rooting\"") < json.find("\"hunger_crying\""));
    CHECK(json.back() == '\n');
}
