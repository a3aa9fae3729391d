// Every shipped level, played by every bot over many seeds: the ranking the scoring model promises.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/catalog_index.h"
#include "core/runner.h"
#include "shipped_content.h"

namespace {

using Shipped = content_test::ShippedContent;

const Shipped& shipped() {
    static const Shipped s = content_test::loadShippedContent();
    return s;
}

double mean(const core::LevelDef& level, const char* policy, int runs, bool relaxed = false) {
    core::RunOptions o;
    o.policy = policy;
    o.seed = 1000;
    o.relaxed = relaxed;
    return core::meanScore(core::runMany(shipped().catalog, level, o, runs));
}

}  // namespace

TEST_CASE("Shipped levels: there are at least five and together they exercise every need") {
    const Shipped& s = shipped();
    REQUIRE(s.levels.size() >= 5);
    for (const core::NeedDef& need : s.catalog.needs) {
        const bool used = std::any_of(s.levels.begin(), s.levels.end(), [&](const core::LevelDef& l) {
            return std::any_of(l.episodes.begin(), l.episodes.end(),
                               [&](const core::EpisodeDef& e) { return e.need == need.id; });
        });
        INFO("need " << need.id);
        CHECK(used);
    }
}

TEST_CASE("Shipped levels: over 100 seeds, sensitive > slow > neglect and sensitive > intrusive, random") {
    for (const core::LevelDef& level : shipped().levels) {
        const double sensitive = mean(level, "sensitive", 100), slow = mean(level, "slow", 100),
                     neglect = mean(level, "neglect", 100), intrusive = mean(level, "intrusive", 100),
                     random = mean(level, "random", 100);
        INFO(level.id << ": sensitive " << sensitive << ", slow " << slow << ", neglect " << neglect
                      << ", intrusive " << intrusive << ", random " << random);
        CHECK(sensitive >= 75.0);
        CHECK(sensitive > slow + 10.0);
        CHECK(slow > neglect + 10.0);
        CHECK(sensitive > intrusive + 20.0);
        CHECK(sensitive > random + 20.0);
    }
}

TEST_CASE("Shipped levels: relaxed mode keeps the same ranking") {
    for (const core::LevelDef& level : shipped().levels) {
        const double sensitive = mean(level, "sensitive", 20, true), slow = mean(level, "slow", 20, true),
                     neglect = mean(level, "neglect", 20, true);
        INFO(level.id << ": sensitive " << sensitive << ", slow " << slow << ", neglect " << neglect);
        CHECK(sensitive > slow);
        CHECK(slow > neglect);
    }
}

TEST_CASE("Shipped levels: the same seed replays to the same event hash on every level") {
    for (const core::LevelDef& level : shipped().levels) {
        core::RunOptions o;
        o.policy = "random";
        o.seed = 7;
        const auto a = core::runLevel(shipped().catalog, level, o);
        const auto b = core::runLevel(shipped().catalog, level, o);
        INFO(level.id);
        CHECK(a.eventHash == b.eventHash);
        CHECK(a.score.score == b.score.score);
    }
}

TEST_CASE("Shipped levels: for the best response to the first episode, the score never rises with latency") {
    const Shipped& s = shipped();
    const core::CatalogIndex index(s.catalog);
    for (const core::LevelDef& source : s.levels) {
        core::LevelDef level = source;
        level.episodes.resize(1);  // the first episode alone, so other needs do not interfere
        const core::EpisodeDef& ep = level.episodes[0];
        const int need = index.needIndex(ep.need);
        if (s.catalog.needs[static_cast<std::size_t>(need)].kind != core::NeedKind::Ordinary) continue;
        const auto watchFirst = [&](const std::string& id) {
            const int c = index.cueIndex(id);
            return c >= 0 && s.catalog.cues[static_cast<std::size_t>(c)].watchFirst;
        };
        // A watch-first cue (lips moving in light sleep) rewards watching before acting
        // (docs/SAFETY-RULES.md, R11), so acting a little later can rightly score more.
        if (std::any_of(ep.cues.begin(), ep.cues.end(), watchFirst)) continue;
        const int best = index.bestResponse(need, core::Stage::Early);
        REQUIRE(best >= 0);
        double previous = 101.0;
        for (double t = ep.startS + 1.0; t < level.durationS; t += 5.0) {
            core::Script script;
            core::ScriptAction a;
            a.tS = t;
            a.respond = s.catalog.responses[static_cast<std::size_t>(best)].id;
            script.actions.push_back(a);
            core::RunOptions o;
            o.script = &script;
            const double score = core::runLevel(s.catalog, level, o).score.score;
            INFO(level.id << ": " << a.respond << " at " << t << " s scored " << score);
            REQUIRE(score <= previous + 1e-3);
            previous = score;
        }
    }
}
