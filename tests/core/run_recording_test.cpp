// Tests of run recording and replay: a recorded run replays to the same event hash, and seeking
// re-simulates to the same state as playing straight through.
#include <catch2/catch.hpp>

#include "core/run_recording.h"
#include "format/catalog_file.h"
#include "format/level_file.h"

using namespace core;

namespace {

struct Shipped {
    Catalog catalog;
    LevelDef level;
};

Shipped shipped(const std::string& levelId) {
    const std::string root = ATTUNE_ROOT_DIR;
    auto cat = format::loadCatalog(root + "/assets/catalog");
    REQUIRE(cat.ok());
    Shipped s{*cat.value, {}};
    auto level = format::loadLevel(root + "/levels/" + levelId + ".json", s.catalog);
    REQUIRE(level.ok());
    s.level = *level.value;
    return s;
}

ScriptAction gestureAt(double tS, const char* respond, const char* gesture, double untilS) {
    ScriptAction a;
    a.tS = tS;
    a.respond = respond;
    a.gesture = gesture;
    a.untilS = untilS;
    return a;
}

}  // namespace

TEST_CASE("Run recording: a recorded bot run replays to the same event hash, bit for bit") {
    const Shipped s = shipped("01-early-hunger");
    for (const char* policy : {"sensitive", "slow", "random"}) {
        RunRecording rec;
        RunOptions o;
        o.policy = policy;
        o.seed = 7;
        o.record = &rec;
        const RunResult played = runLevel(s.catalog, s.level, o);
        REQUIRE(rec.levelId == "01-early-hunger");
        REQUIRE(rec.seed == 7);
        REQUIRE(rec.steps > 0);
        REQUIRE_FALSE(rec.responses.empty());
        const RunResult replayed = replayRun(s.catalog, s.level, rec);
        CHECK(replayed.eventHash == played.eventHash);
        CHECK(replayed.eventCount == played.eventCount);
        CHECK(replayed.score.score == played.score.score);
    }
}

TEST_CASE(
    "Run recording: hand samples (rocking, walking, rough handling) are recorded and replayed") {
    const Shipped s = shipped("05-crying-that-does-not-stop");
    Script script;
    script.actions.push_back(gestureAt(20.0, "hold", "still", 30.0));
    script.actions.push_back(gestureAt(30.0, "rock", "rock", 60.0));
    script.actions.push_back(gestureAt(60.0, "walk_carry", "walk", 90.0));
    script.actions.push_back(gestureAt(90.0, "", "rough", 92.0));
    RunRecording rec;
    RunOptions o;
    o.script = &script;
    o.seed = 3;
    o.record = &rec;
    const RunResult played = runLevel(s.catalog, s.level, o);
    REQUIRE_FALSE(rec.hands.empty());
    long handSteps = 0;
    for (const HandRun& h : rec.hands) handSteps += h.steps;
    CHECK(handSteps == 72 * 60);  // 72 s of gestures at 60 steps a second
    const RunResult replayed = replayRun(s.catalog, s.level, rec);
    CHECK(replayed.eventHash == played.eventHash);
}

TEST_CASE("Run recording: a still hand compresses to one run") {
    const Catalog empty;
    CatalogIndex index(empty);
    RunRecorder recorder(index, "x", 1, false);
    StepInput in;
    in.hasHand = true;
    in.hand.xM = 0.25f;
    for (int i = 0; i < 100; ++i) recorder.record(in);
    recorder.record(StepInput{});
    in.hand.xM = 0.5f;
    recorder.record(in);
    const RunRecording& rec = recorder.recording();
    REQUIRE(rec.hands.size() == 2);
    CHECK(rec.hands[0].steps == 100);
    CHECK(rec.hands[1].step == 101);
    CHECK(rec.steps == 102);
}

TEST_CASE("Run recording: seeking re-simulates to the same state as playing straight through") {
    const Shipped s = shipped("01-early-hunger");
    RunRecording rec;
    RunOptions o;
    o.seed = 11;
    o.record = &rec;
    const RunResult played = runLevel(s.catalog, s.level, o);
    ReplayCursor cursor(s.catalog, s.level, rec);
    cursor.seek(200.0);
    CHECK(cursor.sim().timeS() == Approx(200.0).margin(1.0 / 60.0));
    const int answeredAt200 = static_cast<int>(cursor.sim().score().episodes.size());
    cursor.seek(50.0);  // backwards: starts again from the beginning
    CHECK(cursor.sim().timeS() < 51.0);
    cursor.seek(200.0);
    CHECK(static_cast<int>(cursor.sim().score().episodes.size()) == answeredAt200);
    std::uint64_t h = 0xCBF29CE484222325ull;
    ReplayCursor full(s.catalog, s.level, rec);
    for (const Event& e : full.seek(1e9)) h = hashEvent(h, e);
    CHECK(h == played.eventHash);
    CHECK(full.sim().score().score == played.score.score);
}
