// Tests of the scoring model's rules: stage before stopwatch, repair, intrusion, rating bands.
#include <catch2/catch.hpp>

#include "core/catalog_index.h"
#include "core/scoring.h"
#include "support/mini_catalog.h"

using namespace core;

namespace {

EpisodeRun runFor(const CatalogIndex& index, const char* need) {
    EpisodeRun run;
    run.def = 0;
    run.need = index.needIndex(need);
    run.kind = index.catalog().needs[static_cast<std::size_t>(run.need)].kind;
    run.started = run.ended = true;
    return run;
}

ResponseRecord rec(const CatalogIndex& index, const char* response, Fit fit, Stage stage,
                   double timeS, double stageSinceS = 0.0) {
    return {timeS, index.responseIndex(response), fit, stage, stageSinceS, false};
}

}  // namespace

TEST_CASE("Scoring: promptness never rises with latency, across stages") {
    float previous = 2.0f;
    const double stageS[3] = {40.0, 30.0, 90.0};
    for (int s = 0; s < 3; ++s) {
        for (double t = 0.0; t <= stageS[s]; t += 0.5) {
            const float credit = promptnessCredit(static_cast<Stage>(s), t, stageS[s], false);
            REQUIRE(credit <= previous);
            previous = credit;
        }
    }
    REQUIRE(previous < 0.6f);
}

TEST_CASE("Scoring: answering the early cue beats answering the cry") {
    REQUIRE(promptnessCredit(Stage::Early, 39.0, 40.0, false) >
            promptnessCredit(Stage::Late, 0.0, 90.0, false));
}

TEST_CASE("Scoring: relaxed mode counts stages, not seconds") {
    REQUIRE(promptnessCredit(Stage::Early, 0.0, 40.0, true) ==
            promptnessCredit(Stage::Early, 39.0, 40.0, true));
    REQUIRE(promptnessCredit(Stage::Active, 0.0, 40.0, true) <
            promptnessCredit(Stage::Early, 39.0, 40.0, true));
}

TEST_CASE("Scoring: a wrong response earns no speed credit") {
    const Catalog cat = testsupport::miniCatalog();
    const CatalogIndex index(cat);
    EpisodeRun run = runFor(index, "hunger");
    run.responses = {rec(index, "pause", Fit::Mismatch, Stage::Early, 1.0)};
    const EpisodeScore sc = scoreEpisode(run, EpisodeDef{}, index, false);
    REQUIRE(sc.components.promptness == 0.0f);
    REQUIRE_FALSE(sc.answered);
}

TEST_CASE("Scoring: a repaired mismatch beats an unrepaired one") {
    const Catalog cat = testsupport::miniCatalog();
    const CatalogIndex index(cat);
    EpisodeRun repaired = runFor(index, "hunger");
    repaired.resolved = true;
    repaired.responses = {rec(index, "pause", Fit::Mismatch, Stage::Early, 1.0, 1.0),
                          rec(index, "feed", Fit::Best, Stage::Early, 6.0, 6.0)};
    EpisodeRun unrepaired = runFor(index, "hunger");
    unrepaired.resolved = true;
    unrepaired.responses = {rec(index, "pause", Fit::Mismatch, Stage::Early, 1.0, 1.0),
                            rec(index, "feed", Fit::Best, Stage::Late, 120.0, 30.0)};
    const EpisodeScore a = scoreEpisode(repaired, EpisodeDef{}, index, false);
    const EpisodeScore b = scoreEpisode(unrepaired, EpisodeDef{}, index, false);
    REQUIRE(a.repaired);
    REQUIRE_FALSE(b.repaired);
    REQUIRE(a.score > b.score);
    REQUIRE(a.sentence.find("changed course quickly") != std::string::npos);
}

TEST_CASE("Scoring: intrusive care scores below doing the right thing late") {
    const Catalog cat = testsupport::miniCatalog();
    const CatalogIndex index(cat);
    EpisodeRun intrusive = runFor(index, "break");
    intrusive.responses = {rec(index, "play", Fit::Intrusive, Stage::Early, 1.0)};
    EpisodeRun late = runFor(index, "break");
    late.resolved = true;
    late.responses = {rec(index, "hold", Fit::Best, Stage::Late, 80.0, 10.0)};
    REQUIRE(scoreEpisode(late, EpisodeDef{}, index, false).score >
            scoreEpisode(intrusive, EpisodeDef{}, index, false).score);
}

TEST_CASE("Scoring: frantic switching between responses costs") {
    const Catalog cat = testsupport::miniCatalog();
    const CatalogIndex index(cat);
    EpisodeRun calm = runFor(index, "hunger");
    calm.resolved = true;
    calm.responses = {rec(index, "feed", Fit::Best, Stage::Early, 5.0, 5.0)};
    EpisodeRun frantic = calm;
    frantic.responses = {rec(index, "hold", Fit::Acceptable, Stage::Early, 1.0, 1.0),
                         rec(index, "pause", Fit::Mismatch, Stage::Early, 2.0, 2.0),
                         rec(index, "walk_carry", Fit::Mismatch, Stage::Early, 3.0, 3.0),
                         rec(index, "feed", Fit::Best, Stage::Early, 4.0, 4.0)};
    const EpisodeScore f = scoreEpisode(frantic, EpisodeDef{}, index, false);
    REQUIRE(f.frantic);
    REQUIRE(f.score < scoreEpisode(calm, EpisodeDef{}, index, false).score);
}

TEST_CASE("Scoring: watching and waiting is right for a baby settling in light sleep") {
    const Catalog cat = testsupport::miniCatalog();
    const CatalogIndex index(cat);
    EpisodeRun waited = runFor(index, "stir");
    waited.resolved = true;
    waited.responses = {rec(index, "watch_wait", Fit::Best, Stage::Early, 2.0, 2.0)};
    EpisodeRun rushed = runFor(index, "stir");
    rushed.responses = {rec(index, "play", Fit::Intrusive, Stage::Early, 2.0, 2.0)};
    const EpisodeScore w = scoreEpisode(waited, EpisodeDef{}, index, false);
    REQUIRE(w.score > 0.95f);
    REQUIRE(w.score > scoreEpisode(rushed, EpisodeDef{}, index, false).score);
}

TEST_CASE("Scoring: ratings follow the bands and stars the score") {
    REQUIRE(ratingFor(0.95f) == 9);
    REQUIRE(ratingFor(0.72f) == 7);
    REQUIRE(ratingFor(0.55f) == 5);
    REQUIRE(ratingFor(0.35f) == 3);
    REQUIRE(ratingFor(0.05f) == 1);
    REQUIRE(starsFor(90.0f) == 3);
    REQUIRE(starsFor(70.0f) == 2);
    REQUIRE(starsFor(45.0f) == 1);
    REQUIRE(starsFor(10.0f) == 0);
    for (int r = 1; r <= 9; ++r) REQUIRE_FALSE(ratingWords(r).empty());
}

TEST_CASE("Scoring: safety events lower the level score") {
    EpisodeScore good;
    good.score = 1.0f;
    const LevelScore clean = scoreLevel({good}, {}, false);
    const LevelScore unsafe = scoreLevel({good}, {{SafetyKind::RoughHandling, 3.0, "x"}}, false);
    REQUIRE(clean.score == Approx(100.0f));
    REQUIRE(unsafe.score < clean.score);
    REQUIRE(unsafe.safetyEvents.size() == 1);
}

TEST_CASE("Scoring: a missed red flag is a critical miss, scored well below a missed ordinary need") {
    const Catalog cat = testsupport::miniCatalog();
    const CatalogIndex index(cat);
    EpisodeRun ordinary = runFor(index, "hunger");
    ordinary.missed = true;
    ordinary.responses = {rec(index, "hold", Fit::Acceptable, Stage::Late, 100.0, 80.0)};
    EpisodeRun redFlag = ordinary;
    redFlag.kind = NeedKind::RedFlag;  // the same record, read as a warning sign
    const EpisodeScore a = scoreEpisode(ordinary, EpisodeDef{}, index, false);
    const EpisodeScore b = scoreEpisode(redFlag, EpisodeDef{}, index, false);
    REQUIRE(a.missed);
    REQUIRE(b.missed);
    REQUIRE(b.score <= a.score * 0.25f / 0.6f + 1e-5f);
    REQUIRE(b.score < a.score);
}

TEST_CASE("Scoring: neutral steps (a check, seeking help for an ordinary need) never count as a reading") {
    const Catalog cat = testsupport::miniCatalog();
    const CatalogIndex index(cat);
    EpisodeRun looked = runFor(index, "hunger");
    looked.resolved = true;
    ResponseRecord check = rec(index, "check", Fit::Mismatch, Stage::Early, 1.0, 1.0);
    check.neutral = true;
    looked.responses = {check, rec(index, "feed", Fit::Best, Stage::Early, 6.0, 6.0)};
    EpisodeRun fed = runFor(index, "hunger");
    fed.resolved = true;
    fed.responses = {rec(index, "feed", Fit::Best, Stage::Early, 6.0, 6.0)};
    const EpisodeScore a = scoreEpisode(looked, EpisodeDef{}, index, false);
    const EpisodeScore b = scoreEpisode(fed, EpisodeDef{}, index, false);
    REQUIRE(a.mismatches == 0);
    REQUIRE(a.firstFit == Fit::Best);
    REQUIRE(a.components.interpretation == Approx(b.components.interpretation));
    REQUIRE(a.components.appropriateness == Approx(b.components.appropriateness));
}
