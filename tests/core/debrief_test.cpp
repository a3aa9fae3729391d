// The debrief's group numbers from hand-made scores: misses and misreads by need, latency by
// stage, early catches, repairs, safety events, and one participant alone.
#include <catch2/catch.hpp>

#include "core/debrief.h"

using namespace core;

namespace {

EpisodeScore episode(const char* id, const char* need, Stage stage, float latencyS, Fit first,
                     int mismatches = 0, bool repaired = false) {
    EpisodeScore e;
    e.episodeId = id;
    e.need = need;
    e.answered = latencyS >= 0;
    e.missed = latencyS < 0;
    e.latencyS = latencyS;
    e.stageAnswered = stage;
    e.firstFit = first;
    e.responses = latencyS >= 0 || mismatches ? 1 + mismatches : 0;
    e.mismatches = mismatches;
    e.repaired = repaired;
    return e;
}

std::vector<DebriefRun> twoParents() {
    DebriefRun a{0, "lvl", {}};
    a.score.score = 80;
    a.score.episodes = {episode("e1", "hunger", Stage::Early, 4.0f, Fit::Best),
                        episode("e2", "tired", Stage::Active, 20.0f, Fit::Mismatch, 1, true)};
    DebriefRun b{1, "lvl", {}};
    b.score.score = 40;
    b.score.episodes = {episode("e1", "hunger", Stage::Late, 60.0f, Fit::Mismatch, 1, false),
                        episode("e2", "tired", Stage::Late, -1.0f, Fit::Mismatch)};
    b.score.safetyEvents = {{SafetyKind::HeadUnsupported, 10.0, ""}};
    return {a, b};
}

}  // namespace

TEST_CASE("Debrief: group numbers over every run") {
    const Debrief d = computeDebrief(twoParents());
    CHECK(d.runs == 2);
    CHECK(d.episodes == 4);
    CHECK(d.answered == 3);
    CHECK(d.missed == 1);
    CHECK(d.misread == 2);
    CHECK(d.earlyCatches == 1);
    CHECK(d.earlyCatchShare == Approx(0.25));
    CHECK(d.mismatchedEpisodes == 2);
    CHECK(d.repairRate == Approx(0.5));
    CHECK(d.meanScore == Approx(60.0));
    CHECK(d.meanLatencyS == Approx(28.0));
    CHECK(d.latencyByStage[0].meanLatencyS == Approx(4.0));
    CHECK(d.latencyByStage[1].meanLatencyS == Approx(20.0));
    CHECK(d.latencyByStage[2].count == 1);
    CHECK(d.latencyByStage[2].meanLatencyS == Approx(60.0));
    CHECK(d.safetyEvents == 1);
    CHECK(d.safetyByKind[static_cast<std::size_t>(SafetyKind::HeadUnsupported)] == 1);
}

TEST_CASE("Debrief: needs are listed most missed or misread first") {
    const Debrief d = computeDebrief(twoParents());
    REQUIRE(d.needs.size() == 2);
    CHECK(d.needs[0].need == "tired");  // one miss + one misread beats one misread
    CHECK(d.needs[0].trouble() == 2);
    CHECK(d.needs[0].meanLatencyS == Approx(20.0));
    CHECK(d.needs[1].need == "hunger");
    CHECK(d.needs[1].meanLatencyS == Approx(32.0));
    REQUIRE(d.moments.size() == 2);
    CHECK(d.moments[0].episodeId == "e2");
    CHECK(d.moments[0].level == "lvl");
}

TEST_CASE("Debrief: one participant on demand") {
    const Debrief d = computeDebrief(twoParents(), 1);
    CHECK(d.runs == 1);
    CHECK(d.episodes == 2);
    CHECK(d.missed == 1);
    CHECK(d.repairRate == Approx(0.0));
    CHECK(d.earlyCatchShare == Approx(0.0));
    CHECK(computeDebrief(twoParents(), 0).repairRate == Approx(1.0));
    CHECK(computeDebrief({}, -1).repairRate == -1.0);
}
