// Tests of responses that handle the baby: the player's hand and the response's own gesture join
// smoothly, and a hold or walk lasts while the player keeps holding on.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/runner.h"
#include "support/mini_catalog.h"

using namespace core;

namespace {

ScriptAction walkWith(const char* gesture, double fromS, double untilS) {
    ScriptAction a;
    a.tS = fromS;
    a.respond = "walk_carry";
    a.gesture = gesture;
    a.untilS = untilS;
    return a;
}

RunResult play(const LevelDef& level, std::vector<ScriptAction> actions) {
    static const Catalog cat = testsupport::miniCatalog();
    Script script;
    script.actions = std::move(actions);
    RunOptions o;
    o.script = &script;
    o.keepEvents = true;
    return runLevel(cat, level, o);
}

double responseEndedS(const RunResult& r) {
    for (const Event& e : r.events)
        if (e.type == EventType::ResponseEnded) return e.timeS;
    return -1.0;
}

}  // namespace

TEST_CASE("Responses: a scripted gesture that ends before its walk ends is not called rough") {
    // walk_carry lasts 8 s; the script's hands stop part-way and the walk's own gesture takes over.
    const LevelDef level = testsupport::oneEpisodeLevel("purple", 60.0f);
    for (const char* gesture : {"walk", "rock", "jiggle"}) {
        for (double untilS : {11.0, 11.3, 12.55, 13.9}) {
            INFO(gesture << " until " << untilS << " s");
            const RunResult r = play(level, {walkWith(gesture, 8.0, untilS)});
            CHECK(r.score.safetyEvents.empty());
        }
    }
}

TEST_CASE("Responses: a shake still trips the card when the gesture takes over from it") {
    const LevelDef level = testsupport::oneEpisodeLevel("purple", 60.0f);
    const RunResult r = play(level, {walkWith("shake", 8.0, 11.0)});
    REQUIRE_FALSE(r.score.safetyEvents.empty());
    CHECK(r.score.safetyEvents[0].kind == SafetyKind::RoughHandling);
}

TEST_CASE("Responses: a walk lasts while the player keeps holding and ends when they let go") {
    const LevelDef level = testsupport::oneEpisodeLevel("purple", 80.0f);
    // The walk is 8 s long; the player's hands stay on the baby until 30 s.
    const RunResult held = play(level, {walkWith("walk", 8.0, 30.0)});
    CHECK(responseEndedS(held) == Approx(30.0).margin(0.05));
    CHECK(held.score.safetyEvents.empty());
    // Let go early: the walk runs its own 8 s.
    const RunResult early = play(level, {walkWith("walk", 8.0, 10.0)});
    CHECK(responseEndedS(early) == Approx(16.0).margin(0.05));
}
