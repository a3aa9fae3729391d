// The safety rules of docs/SAFETY-RULES.md as invariants: each TEST_CASE plays the real Simulation
// on every shipped level (or checks the whole catalog) with scripted responses and asserts the
// fits, safety events and scores a rule promises. One TEST_CASE per rule, named as the rule.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "content/content_support.h"
#include "content/shipped_content.h"
#include "core/catalog_index.h"
#include "core/simulation.h"
#include "format/catalog_file.h"
#include "format/level_file.h"

namespace {

using Shipped = content_test::ShippedContent;

const Shipped& shipped() {
    static const Shipped s = content_test::loadShippedContent();
    return s;
}

const core::CatalogIndex& index() {
    static const core::CatalogIndex i(shipped().catalog);
    return i;
}

int responseId(const std::string& id) {
    const int r = index().responseIndex(id);
    REQUIRE(r >= 0);
    return r;
}

const core::NeedDef& needOf(const core::EpisodeDef& e) {
    return shipped().catalog.needs[static_cast<std::size_t>(index().needIndex(e.need))];
}

/// Picks a response (or -1) from what the caregiver sees; called every step while not busy.
using Chooser = std::function<int(const core::Observation&)>;

/// One played level: every event and the final score.
struct Played {
    core::EventList events;
    core::LevelScore score;

    const core::EpisodeScore& episode(int e) const {
        for (const core::EpisodeScore& s : score.episodes)
            if (s.episode == e) return s;
        FAIL("episode " << e << " was not scored");
        return score.episodes.front();
    }
    /// Fits the feedback events gave this episode for this response.
    std::vector<core::Fit> fits(int e, int response) const {
        std::vector<core::Fit> out;
        for (const core::Event& ev : events)
            if (ev.type == core::EventType::Feedback && ev.episode == e && ev.response == response)
                out.push_back(ev.fit);
        return out;
    }
    bool safety(int e, core::SafetyKind kind) const {
        for (const core::Event& ev : events)
            if (ev.type == core::EventType::SafetyEvent && ev.episode == e && ev.safety == kind) return true;
        return false;
    }
    bool resolved(int e) const {
        for (const core::Event& ev : events)
            if (ev.type == core::EventType::NeedResolved && ev.episode == e) return true;
        return false;
    }
};

Played play(const core::LevelDef& level, const Chooser& choose, std::uint64_t seed = 7) {
    core::SimConfig config;
    config.physics = false;
    config.seed = seed;
    core::Simulation sim(shipped().catalog, level, config);
    Played out;
    while (!sim.isOver()) {
        core::StepInput in;
        const core::Observation& obs = sim.observe();
        if (obs.busyResponse < 0) {
            const int r = choose(obs);
            if (r >= 0 && sim.canRespond(r)) in.respond = r;
        }
        const core::EventList& evs = sim.step(in);
        out.events.insert(out.events.end(), evs.begin(), evs.end());
    }
    out.score = sim.score();
    return out;
}

/// Responds once to each episode of interest, as soon as it shows, with `response` (or with
/// what `pick` says for it); does nothing else.
Chooser onceEach(std::function<bool(int episode)> wanted, std::function<int(const core::VisibleCue&)> pick) {
    auto done = std::make_shared<std::set<int>>();
    return [=](const core::Observation& obs) {
        for (const core::VisibleCue& v : obs.cues) {
            if (done->count(v.episode) || !wanted(v.episode)) continue;
            const int r = pick(v);
            if (r < 0) continue;
            done->insert(v.episode);
            return r;
        }
        return -1;
    };
}

Chooser onceEach(std::function<bool(int episode)> wanted, int response) {
    return onceEach(std::move(wanted), [response](const core::VisibleCue&) { return response; });
}

Chooser nothing() {
    return [](const core::Observation&) { return -1; };
}

bool isFitting(core::Fit f) { return f == core::Fit::Best || f == core::Fit::Acceptable; }

/// Every (level, episode) whose need passes the filter.
template <class F>
void forEpisodes(F&& filter, std::function<void(const core::LevelDef&, int)> body) {
    for (const core::LevelDef& level : shipped().levels)
        for (std::size_t e = 0; e < level.episodes.size(); ++e)
            if (filter(needOf(level.episodes[e]))) {
                INFO("level " << level.id << ", episode " << level.episodes[e].id);
                body(level, static_cast<int>(e));
            }
}

bool isRedFlag(const core::NeedDef& n) { return n.kind == core::NeedKind::RedFlag; }

}  // namespace

TEST_CASE("Safety rule R1: stepping away never answers a red flag or any need but the caregiver's limit, on every level") {
    const int stepAway = responseId("step_away");
    int redFlags = 0;
    for (const core::LevelDef& level : shipped().levels) {
        INFO("level " << level.id);
        const Played p = play(level, onceEach([](int) { return true; }, stepAway));
        for (std::size_t e = 0; e < level.episodes.size(); ++e) {
            const core::NeedDef& need = needOf(level.episodes[e]);
            const core::EpisodeScore& sc = p.episode(static_cast<int>(e));
            INFO("episode " << level.episodes[e].id << " (" << need.id << ")");
            CHECK(sc.mismatches == 0);  // a pause is never a misreading
            if (need.id == "caregiver_limit" || need.kind == core::NeedKind::Unexplained) continue;
            CHECK_FALSE(sc.answered);   // a pause answers nothing else
            if (isRedFlag(need)) {
                ++redFlags;
                CHECK(sc.missed);       // a red flag stays open until help is sought
                CHECK(p.safety(static_cast<int>(e), core::SafetyKind::MissedRedFlag));
            }
        }
    }
    CHECK(redFlags > 0);
}

TEST_CASE("Safety rule R2: the walk-away plan is scored as the plan, on every level") {
    const char* plan[] = {"step_away", "put_down_back", "call_someone"};
    int limits = 0, purples = 0;
    forEpisodes([](const core::NeedDef& n) { return n.id == "caregiver_limit"; },
                [&](const core::LevelDef& level, int e) {
                    ++limits;
                    for (const char* id : plan) {
                        INFO("response " << id);
                        const int r = responseId(id);
                        const Played p = play(level, onceEach([e](int x) { return x == e; }, r));
                        const std::vector<core::Fit> fits = p.fits(e, r);
                        REQUIRE(fits.size() == 1);
                        CHECK(isFitting(fits.front()));
                        CHECK(p.episode(e).answered);
                    }
                });
    forEpisodes([](const core::NeedDef& n) { return n.kind == core::NeedKind::Unexplained; },
                [&](const core::LevelDef& level, int e) {
                    ++purples;
                    for (const char* id : {"step_away", "call_someone"}) {
                        INFO("response " << id);
                        const int r = responseId(id);
                        const Played p = play(level, onceEach([e](int x) { return x == e; }, r));
                        CHECK(p.episode(e).mismatches == 0);
                        for (core::Fit f : p.fits(e, r)) CHECK(isFitting(f));
                    }
                });
    CHECK(limits > 0);
    CHECK(purples > 0);
}

TEST_CASE("Safety rule R3: seeking help is never a misreading and never scores below doing nothing, on every level") {
    for (const char* id : {"seek_help", "call_emergency"}) {
        const int r = responseId(id);
        for (const core::LevelDef& level : shipped().levels) {
            INFO("level " << level.id << ", response " << id);
            const Played idle = play(level, nothing());
            const Played p = play(level, onceEach([](int) { return true; }, r));
            for (std::size_t e = 0; e < level.episodes.size(); ++e) {
                INFO("episode " << level.episodes[e].id);
                const core::EpisodeScore& sc = p.episode(static_cast<int>(e));
                CHECK(sc.mismatches == 0);
                CHECK(sc.intrusions == 0);
                CHECK_FALSE(p.safety(static_cast<int>(e), core::SafetyKind::HarmfulCare));
                CHECK(sc.score + 1e-4f >= idle.episode(static_cast<int>(e)).score);
            }
        }
    }
}

TEST_CASE("Safety rule R4: a red flag is answered only by seeking help; waiting is harmful and missing it is critical, on every level") {
    const int wait = responseId("watch_wait");
    int redFlags = 0;
    forEpisodes(isRedFlag, [&](const core::LevelDef& level, int e) {
        ++redFlags;
        const Played idle = play(level, nothing());
        CHECK(idle.episode(e).missed);  // it runs out inside its level
        CHECK(idle.safety(e, core::SafetyKind::MissedRedFlag));
        CHECK(idle.episode(e).score <= 0.25f);
        // Waiting on the red flag alone (aimed at another open need it fits, such as cool hands,
        // watching is charged to that need; the red flag then runs out as missed).
        core::LevelDef alone = level;
        alone.episodes = {level.episodes[static_cast<std::size_t>(e)]};
        const Played waited = play(alone, onceEach([](int) { return true; }, wait));
        CHECK(waited.fits(0, wait) == std::vector<core::Fit>{core::Fit::Harmful});
        CHECK(waited.safety(0, core::SafetyKind::HarmfulCare));
        CHECK_FALSE(waited.episode(0).repaired);
        const core::NeedDef& need = needOf(level.episodes[static_cast<std::size_t>(e)]);
        const int best = index().bestResponse(index().needIndex(need.id), core::Stage::Early);
        REQUIRE(best >= 0);
        CHECK(shipped().catalog.responses[static_cast<std::size_t>(best)].seeksHelp);
        const Played answered = play(level, onceEach([e](int x) { return x == e; }, best));
        CHECK(answered.resolved(e));
        CHECK(answered.episode(e).score >= 0.85f);
    });
    CHECK(redFlags > 0);
}

TEST_CASE("Safety rule R5: urgency is graded; same-day help for an emergency costs, on every level") {
    const int sameDay = responseId("seek_help"), emergency = responseId("call_emergency");
    int emergencies = 0, sameDays = 0;
    forEpisodes(isRedFlag, [&](const core::LevelDef& level, int e) {
        const core::NeedDef& need = needOf(level.episodes[static_cast<std::size_t>(e)]);
        const Played low = play(level, onceEach([e](int x) { return x == e; }, sameDay));
        const Played high = play(level, onceEach([e](int x) { return x == e; }, emergency));
        REQUIRE(low.fits(e, sameDay).size() == 1);
        REQUIRE(high.fits(e, emergency).size() == 1);
        CHECK(low.resolved(e));   // help was sought either way
        CHECK(high.resolved(e));
        if (need.urgency == core::Urgency::Emergency) {
            ++emergencies;
            CHECK(low.fits(e, sameDay).front() == core::Fit::Acceptable);
            CHECK(high.fits(e, emergency).front() == core::Fit::Best);
            CHECK(low.episode(e).score < high.episode(e).score);
        } else {
            ++sameDays;
            REQUIRE(need.urgency == core::Urgency::SameDay);
            CHECK(low.fits(e, sameDay).front() == core::Fit::Best);
            CHECK(isFitting(high.fits(e, emergency).front()));
        }
    });
    CHECK(emergencies > 0);
    CHECK(sameDays > 0);
}

TEST_CASE("Safety rule R6: an unsafe sleep place left alone logs a safety event, and warming a hot baby is harmful") {
    int unsafe = 0;
    forEpisodes([](const core::NeedDef& n) { return n.missedSafety.has_value(); },
                [&](const core::LevelDef& level, int e) {
                    ++unsafe;
                    const Played idle = play(level, nothing());
                    CHECK(idle.safety(e, *needOf(level.episodes[static_cast<std::size_t>(e)]).missedSafety));
                });
    CHECK(unsafe > 0);
    // Overheating: a hot baby given a layer or a swaddle.
    core::LevelDef hot;
    hot.id = "safety-too-hot";
    hot.durationS = 120;
    hot.baby.ageWeeks = 8;
    core::EpisodeDef ep;
    ep.id = "hot";
    ep.need = "too_hot";
    hot.episodes.push_back(ep);
    for (const char* id : {"add_layer", "swaddle"}) {
        INFO("response " << id);
        const int r = responseId(id);
        const Played p = play(hot, onceEach([](int) { return true; }, r));
        CHECK(p.fits(0, r) == std::vector<core::Fit>{core::Fit::Harmful});
        CHECK(p.safety(0, core::SafetyKind::HarmfulCare));
    }
}

TEST_CASE("Safety rule R7: touch tells hot, only the thermometer tells a fever, on every level") {
    const int check = responseId("check"), thermometer = responseId("take_temperature");
    int fevers = 0;
    forEpisodes([](const core::NeedDef& n) { return n.id == "fever_young" || n.id == "too_hot"; },
                [&](const core::LevelDef& level, int e) {
                    const core::NeedDef& need = needOf(level.episodes[static_cast<std::size_t>(e)]);
                    if (need.id == "fever_young") {
                        ++fevers;
                        CHECK(level.baby.ageWeeks < 13);  // "under 3 months", as its words say
                    }
                    for (int r : {check, thermometer}) {
                        const Played p = play(level, onceEach([e](int x) { return x == e; }, r));
                        bool revealed = false;
                        for (const core::Event& ev : p.events) {
                            if (ev.type != core::EventType::Revealed || ev.episode != e) continue;
                            revealed = true;
                            INFO("revealed: " << ev.text);
                            if (r == check) {
                                CHECK(ev.need == -1);
                                CHECK(ev.text.find("take the temperature") != std::string::npos);
                                CHECK(ev.text.find("ever") != std::string::npos);  // "cannot tell a fever"
                            } else {
                                CHECK(ev.need == index().needIndex(need.id));
                            }
                        }
                        CHECK(revealed);
                    }
                });
    CHECK(fevers > 0);
    for (const core::NeedDef& n : shipped().catalog.needs)
        if (n.id == "fever_young") CHECK(n.maxAgeWeeks < 13);
}

TEST_CASE("Safety rule R8: a very still, pale, cool baby needs help, and waiting is harmful") {
    const int cold = index().needIndex("too_cold");
    REQUIRE(cold >= 0);
    for (const char* id : {"seek_help", "call_emergency"})
        CHECK(index().fitFor(cold, responseId(id), core::Stage::Late) == core::Fit::Best);
    CHECK(index().fitFor(cold, responseId("watch_wait"), core::Stage::Late) == core::Fit::Harmful);
    int checked = 0;
    forEpisodes([](const core::NeedDef& n) { return n.id == "too_cold"; },
                [&](const core::LevelDef& level, int e) {
                    const int help = responseId("seek_help");
                    const Played p = play(level, onceEach([e](int x) { return x == e; },
                                                          [help](const core::VisibleCue& v) {
                                                              return v.stage == core::Stage::Late ? help : -1;
                                                          }));
                    const std::vector<core::Fit> fits = p.fits(e, help);
                    if (fits.empty()) return;  // the level ends before the late stage
                    ++checked;
                    CHECK(fits.front() == core::Fit::Best);
                });
    CHECK(checked > 0);
}

TEST_CASE("Safety rule R9: cool hands with a warm chest need only a check, which resolves it, on every level") {
    const int check = responseId("check");
    int seen = 0;
    forEpisodes([](const core::NeedDef& n) { return n.id == "cool_hands"; },
                [&](const core::LevelDef& level, int e) {
                    ++seen;
                    const Played p = play(level, onceEach([e](int x) { return x == e; }, check));
                    CHECK(p.resolved(e));
                    CHECK_FALSE(p.episode(e).missed);
                    CHECK(p.episode(e).score >= 0.85f);
                });
    CHECK(seen > 0);
}

TEST_CASE("Safety rule R10: sound alone never marks a red flag: every red-flag cue shows something to see") {
    const core::Catalog& c = shipped().catalog;
    int cues = 0;
    for (const core::CueDef& cue : c.cues) {
        bool redFlag = false;
        for (const std::string& n : cue.needs)
            redFlag |= c.needs[static_cast<std::size_t>(index().needIndex(n))].kind == core::NeedKind::RedFlag;
        if (!redFlag) continue;
        ++cues;
        INFO("cue " << cue.id << ": " << cue.seen);
        const core::DepictionDef& d = cue.depiction;
        const bool visible = d.pallor > 0.0f || d.flush > 0.0f || d.sweat > 0.0f || d.marks != 0 ||
                             std::abs(d.breathingRate - 1.0f) > 0.05f || d.limbs == core::Limbs::Floppy ||
                             d.eyes != core::Eyes::Open;
        CHECK(visible);
        CHECK(cue.seen.size() > 20);
    }
    CHECK(cues > 0);
}

TEST_CASE("Safety rule R11: a watch-first cue makes watching best; dehydration plus a feed is acceptable") {
    const int wait = responseId("watch_wait"), feed = responseId("feed");
    int watchFirst = 0;
    forEpisodes([](const core::NeedDef& n) { return n.id == "hunger"; },
                [&](const core::LevelDef& level, int e) {
                    auto onWatchFirst = [](int r) {
                        return [r](const core::VisibleCue& v) {
                            return shipped().catalog.cues[static_cast<std::size_t>(v.cue)].watchFirst ? r : -1;
                        };
                    };
                    for (std::uint64_t seed = 1; seed <= 8; ++seed) {  // the cue is drawn per run
                        const auto only = [e](int x) { return x == e; };
                        const Played w = play(level, onceEach(only, onWatchFirst(wait)), seed);
                        if (w.fits(e, wait).empty()) continue;  // no watch-first cue this run
                        ++watchFirst;
                        CHECK(w.fits(e, wait).front() == core::Fit::Best);
                        const Played f = play(level, onceEach(only, onWatchFirst(feed)), seed);
                        REQUIRE_FALSE(f.fits(e, feed).empty());
                        CHECK(f.fits(e, feed).front() == core::Fit::Acceptable);
                        return;
                    }
                });
    CHECK(watchFirst > 0);
    const int dry = index().needIndex("dehydration");
    for (core::Stage s : {core::Stage::Early, core::Stage::Active, core::Stage::Late})
        CHECK(index().fitFor(dry, feed, s) == core::Fit::Acceptable);
}

TEST_CASE("Safety rule R12: crying with no clear cause always points to getting the baby checked") {
    const core::Catalog& c = shipped().catalog;
    for (const core::CueDef& cue : c.cues)
        for (const std::string& n : cue.needs)
            if (c.needs[static_cast<std::size_t>(index().needIndex(n))].kind == core::NeedKind::Unexplained) {
                INFO("cue " << cue.id);
                CHECK(cue.helps.find("get the baby checked") != std::string::npos);
            }
    const int help = responseId("seek_help");
    forEpisodes([](const core::NeedDef& n) { return n.kind == core::NeedKind::Unexplained; },
                [&](const core::LevelDef& level, int e) {
                    const Played p = play(level, onceEach([e](int x) { return x == e; }, help));
                    REQUIRE(p.fits(e, help).size() == 1);
                    CHECK(p.fits(e, help).front() == core::Fit::Acceptable);
                });
}

namespace {

/// Loads a copy of the shipped catalog with one exact text replacement in one file.
std::vector<format::Diagnostic> loadEditedCatalog(const std::string& file, const std::string& from,
                                                  const std::string& to) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("attune-safety-" + file);
    fs::remove_all(dir);
    fs::copy(ATTUNE_ROOT_DIR "/assets/catalog", dir);
    std::string text = content_test::readText((dir / file).string());
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    std::ofstream(dir / file, std::ios::binary) << text;
    auto loaded = format::loadCatalog(dir.string());
    fs::remove_all(dir);
    return loaded.diagnostics;
}

bool mentions(const std::vector<format::Diagnostic>& ds, const std::string& what) {
    for (const format::Diagnostic& d : ds)
        if (format::formatDiagnostic(d).find(what) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("Safety rules: the checker rejects a catalog or level that would break one") {
    // R1: stepping away made to answer a red flag.
    CHECK(mentions(loadEditedCatalog("fits.json", "\"need\": \"fever_young\",\n      \"response\": \"call_emergency\"",
                                     "\"need\": \"fever_young\",\n      \"response\": \"step_away\""),
                   "stepping away never answers a red flag"));
    // R3: seeking help made a misreading.
    CHECK(mentions(loadEditedCatalog("fits.json",
                                     "\"need\": \"purple\",\n      \"response\": \"seek_help\",\n      \"early\": \"acceptable\"",
                                     "\"need\": \"purple\",\n      \"response\": \"seek_help\",\n      \"early\": \"mismatch\""),
                   "seeking help is never a misreading"));
    // R6: an unsafe place without a safety event when it runs out.
    CHECK(mentions(loadEditedCatalog("needs.json", "\"missed_safety\": \"unsafe_sleep\",", ""),
                   "set missed_safety"));
    // R4: a red flag that cannot run out before its level ends (L08's green vomit at 290 s).
    std::string l08 = content_test::readText(ATTUNE_ROOT_DIR "/levels/08-when-to-get-help.json");
    const std::string from = "\"need\": \"green_vomit_or_rash\",\n      \"start_s\": 270,";
    REQUIRE(l08.find(from) != std::string::npos);
    l08.replace(l08.find(from), from.size(), "\"need\": \"green_vomit_or_rash\",\n      \"start_s\": 290,");
    const auto level = format::parseLevel(l08, "08.json", shipped().catalog);
    CHECK_FALSE(level.ok());
    CHECK(mentions(level.diagnostics, "cannot run out before the level ends"));
}
