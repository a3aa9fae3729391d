// Tests of the simulation loop on a tiny hand-built catalog: escalation, responses, safety, bots.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/runner.h"
#include "core/simulation.h"
#include "support/mini_catalog.h"

using namespace core;

namespace {

Script scriptOf(std::vector<ScriptAction> actions) {
    Script s;
    s.actions = std::move(actions);
    return s;
}

ScriptAction respondAt(double tS, const char* id) {
    ScriptAction a;
    a.tS = tS;
    a.respond = id;
    return a;
}

RunResult play(const Catalog& cat, const LevelDef& level, const Script& script, bool keep = true) {
    RunOptions o;
    o.script = &script;
    o.keepEvents = keep;
    return runLevel(cat, level, o);
}

bool hasEvent(const RunResult& r, EventType type) {
    return std::any_of(r.events.begin(), r.events.end(),
                       [type](const Event& e) { return e.type == type; });
}

}  // namespace

TEST_CASE("Simulation: an unanswered need escalates from early cues to crying") {
    const Catalog cat = testsupport::miniCatalog();
    const LevelDef level = testsupport::oneEpisodeLevel("hunger");
    const RunResult r = play(cat, level, Script{});
    std::vector<Stage> stages;
    for (const Event& e : r.events)
        if (e.type == EventType::CueStarted || e.type == EventType::CueStageChanged)
            stages.push_back(e.stage);
    REQUIRE(stages == std::vector<Stage>{Stage::Early, Stage::Active, Stage::Late});
    REQUIRE(r.score.episodes.size() == 1);
    REQUIRE(r.score.episodes[0].missed);
    REQUIRE(r.score.score < 10.0f);
}

TEST_CASE("Simulation: feeding at the early hunger cue resolves the need") {
    const Catalog cat = testsupport::miniCatalog();
    const LevelDef level = testsupport::oneEpisodeLevel("hunger");
    const RunResult r = play(cat, level, scriptOf({respondAt(8.0, "feed")}));
    REQUIRE(hasEvent(r, EventType::NeedResolved));
    REQUIRE(r.score.episodes[0].stageAnswered == Stage::Early);
    REQUIRE(r.score.score > 90.0f);
    REQUIRE(r.score.stars == 3);
}

TEST_CASE("Simulation: for a correct response the score never rises with latency") {
    const Catalog cat = testsupport::miniCatalog();
    const LevelDef level = testsupport::oneEpisodeLevel("hunger");
    float previous = 101.0f;
    for (double t = 6.0; t < 200.0; t += 7.0) {
        const RunResult r = play(cat, level, scriptOf({respondAt(t, "feed")}), false);
        INFO("feeding at " << t << " s scored " << r.score.score);
        REQUIRE(r.score.score <= previous + 1e-4f);
        previous = r.score.score;
    }
}

TEST_CASE("Simulation: the same seed and actions give the same events, bit for bit") {
    const Catalog cat = testsupport::miniCatalog();
    LevelDef level = testsupport::oneEpisodeLevel("hunger");
    level.episodes.push_back(level.episodes[0]);
    level.episodes[1].id = "e2";
    level.episodes[1].need = "break";
    level.episodes[1].startS = 60.0f;
    RunOptions o;
    o.policy = "random";
    o.seed = 42;
    const RunResult a = runLevel(cat, level, o);
    const RunResult b = runLevel(cat, level, o);
    REQUIRE(a.eventHash == b.eventHash);
    REQUIRE(a.score.score == b.score.score);
    o.seed = 43;
    REQUIRE(runLevel(cat, level, o).eventHash != a.eventHash);
}

TEST_CASE("Simulation: unexplained crying is eased by care but ends on its own") {
    const Catalog cat = testsupport::miniCatalog();
    const LevelDef level = testsupport::oneEpisodeLevel("purple", 300.0f);
    const RunResult r = play(cat, level,
                             scriptOf({respondAt(8.0, "walk_carry"), respondAt(20.0, "walk_carry")}));
    REQUIRE(r.score.episodes.size() == 1);
    const EpisodeScore& e = r.score.episodes[0];
    REQUIRE(e.resolved);
    REQUIRE(e.answered);
    REQUIRE_FALSE(e.missed);
    const RunResult neglected = play(cat, level, Script{});
    REQUIRE(neglected.score.score < r.score.score);
}

TEST_CASE("Simulation: stepping away pauses: for a need that does not list it, it is neither an answer nor a misreading") {
    const Catalog cat = testsupport::miniCatalog();
    LevelDef level = testsupport::oneEpisodeLevel("purple", 400.0f);
    level.episodes[0].escalation.earlyS = 1.0f;
    level.episodes[0].escalation.activeS = 1.0f;
    level.episodes[0].escalation.lateS = 300.0f;
    const RunResult r = play(cat, level, scriptOf({respondAt(150.0, "step_away")}));
    bool started = false;
    for (const Event& e : r.events) {
        if (e.type == EventType::ResponseStarted && e.response == 7) started = e.neutral;
        if (e.type == EventType::Feedback && e.response == 7 && !e.neutral) REQUIRE(e.fit != Fit::Mismatch);
    }
    REQUIRE(started);
    REQUIRE(r.score.episodes.size() == 1);
    REQUIRE(r.score.episodes[0].mismatches == 0);
    REQUIRE_FALSE(r.score.episodes[0].answered);
}

TEST_CASE("Simulation: rough handling stops the episode with a teaching moment") {
    const Catalog cat = testsupport::miniCatalog();
    const LevelDef level = testsupport::oneEpisodeLevel("purple", 200.0f);
    ScriptAction shake = respondAt(8.0, "walk_carry");
    shake.gesture = "shake";
    shake.untilS = 16.0;
    const RunResult r = play(cat, level, scriptOf({shake}));
    REQUIRE(hasEvent(r, EventType::SafetyEvent));
    REQUIRE(r.score.safetyEvents.at(0).kind == SafetyKind::RoughHandling);
    REQUIRE(r.score.safetyEvents[0].text.find("Never shake") != std::string::npos);
    REQUIRE(r.score.episodes.at(0).score == 0.0f);
}

TEST_CASE("Simulation: a check reveals what is behind an ambiguous cue") {
    const Catalog cat = testsupport::miniCatalog();
    LevelDef level = testsupport::oneEpisodeLevel("break");
    level.episodes[0].cues = {"turn_away"};
    const RunResult r = play(cat, level, scriptOf({respondAt(7.0, "check"), respondAt(10.0, "pause")}));
    REQUIRE(hasEvent(r, EventType::Revealed));
    REQUIRE(r.score.episodes[0].firstFit == Fit::Best);
    REQUIRE(r.score.episodes[0].resolved);
}

TEST_CASE("Simulation: a self-settling stir settles alone, and stepping in stirs the baby") {
    const Catalog cat = testsupport::miniCatalog();
    const LevelDef level = testsupport::oneEpisodeLevel("stir");
    const RunResult waited = play(cat, level, scriptOf({respondAt(7.0, "watch_wait")}));
    const RunResult rushed = play(cat, level, scriptOf({respondAt(7.0, "play")}));
    REQUIRE(waited.score.episodes[0].resolved);
    REQUIRE(waited.score.score > rushed.score.score);
}

TEST_CASE("Bots: sensitive beats slow, slow beats neglect, sensitive beats intrusive and random") {
    const Catalog cat = testsupport::miniCatalog();
    LevelDef level = testsupport::oneEpisodeLevel("hunger", 400.0f);
    const char* needs[] = {"break", "stir", "purple", "hunger"};
    for (int i = 0; i < 4; ++i) {
        EpisodeDef e = level.episodes[0];
        e.id = "e" + std::to_string(i + 2);
        e.need = needs[i];
        e.startS = 80.0f * static_cast<float>(i + 1);
        level.episodes.push_back(e);
    }
    auto mean = [&](const char* policy) {
        RunOptions o;
        o.policy = policy;
        return meanScore(runMany(cat, level, o, 8));
    };
    const double sensitive = mean("sensitive"), slow = mean("slow"), neglect = mean("neglect");
    INFO("sensitive " << sensitive << " slow " << slow << " neglect " << neglect);
    REQUIRE(sensitive > slow + 10.0);
    REQUIRE(slow > neglect + 10.0);
    REQUIRE(sensitive > mean("intrusive") + 10.0);
    REQUIRE(sensitive > mean("random") + 10.0);
}

TEST_CASE("Simulation: an episode can appear already crying, and answering it at once is not late") {
    const Catalog cat = testsupport::miniCatalog();
    LevelDef level = testsupport::oneEpisodeLevel("hunger");
    level.episodes[0].startStage = Stage::Late;  // back from the shower to a crying baby
    const RunResult calmed = play(cat, level, scriptOf({respondAt(6.0, "hold")}));  // it starts at 5 s
    REQUIRE(calmed.events.size() > 0);
    const auto first = std::find_if(calmed.events.begin(), calmed.events.end(),
                                     [](const Event& e) { return e.type == EventType::CueStarted; });
    REQUIRE(first != calmed.events.end());
    REQUIRE(first->stage == Stage::Late);
    const EpisodeScore& e = calmed.score.episodes.at(0);
    REQUIRE(e.stageAnswered == Stage::Late);
    REQUIRE(e.startStage == Stage::Late);
    REQUIRE(e.components.promptness > 0.95f);  // full credit: it was answered the moment it showed
    REQUIRE(e.components.awareness == 1.0f);
    REQUIRE(calmed.score.earlyCatchRate == 1.0f);
    const RunResult waited = play(cat, level, scriptOf({respondAt(65.0, "hold")}));
    REQUIRE(waited.score.episodes.at(0).components.promptness < e.components.promptness);
}

TEST_CASE("Simulation: crying that resists soothing stays at its stage until the resistance ends") {
    const Catalog cat = testsupport::miniCatalog();
    LevelDef level = testsupport::oneEpisodeLevel("purple", 300.0f);
    level.episodes[0].startStage = Stage::Late;
    level.episodes[0].resistsS = 60.0f;
    level.episodes[0].escalation.lateS = 200.0f;
    std::vector<ScriptAction> care;
    for (double t = 6.0; t < 120.0; t += 8.0) care.push_back(respondAt(t, "walk_carry"));
    const RunResult r = play(cat, level, scriptOf(care));
    double leftLateS = -1.0;
    for (const Event& e : r.events)
        if (e.type == EventType::CueStageChanged && e.stage != Stage::Late && leftLateS < 0) leftLateS = e.timeS;
    INFO("the crying first eased below the late stage at " << leftLateS << " s");
    REQUIRE(leftLateS >= 5.0 + 60.0);  // not while it resisted (the episode began at 5 s)
    bool crying = false;
    for (const Event& e : r.events)
        if (e.type == EventType::StateChanged && e.state == BabyState::Crying) crying = true;
    REQUIRE(crying);
}
