// The shipped coaching: every sentence reachable from the catalog and the levels agrees with the
// score it explains, reads as plain English, and spells out jargon where a parent meets it.
#include <catch2/catch.hpp>

#include <cctype>
#include <string>
#include <vector>

#include "content/shipped_content.h"
#include "core/catalog_index.h"
#include "core/coach_text.h"
#include "core/runner.h"
#include "core/scoring.h"
#include "support/text_lint.h"

using namespace core;
using testsupport::contains;

namespace {

struct Content {
    Catalog catalog;
    std::vector<LevelDef> levels;
    std::vector<std::string> ids;  ///< every internal id a player must never read
};

const Content& content() {
    static const Content s = [] {
        Content out;
        content_test::ShippedContent shipped = content_test::loadShippedContent();
        out.catalog = std::move(shipped.catalog);
        out.levels = std::move(shipped.levels);
        for (const auto& l : out.levels) {
            out.ids.push_back(l.id);
            for (const auto& e : l.episodes) out.ids.push_back(e.id);
            for (const auto& e : l.events) out.ids.push_back(e.id);
        }
        return out;
    }();
    return s;
}

/// Fails with the text and its problems when a sentence is not clean.
void checkSentence(const std::string& where, const std::string& text) {
    std::vector<std::string> problems = testsupport::sentenceProblems(text, content().ids);
    if (testsupport::usesNameAsVerb(text, content().catalog.responses))
        problems.push_back("uses a response's name as a verb");
    for (const std::string& j : testsupport::unexplainedJargon(text))
        problems.push_back("uses '" + j + "' without explaining it");
    INFO(where << ": " << text);
    for (const std::string& p : problems) FAIL_CHECK(p);
}

bool isFitting(Fit f) { return f == Fit::Best || f == Fit::Acceptable; }

/// One cue per stage the need can show, up to `upTo`: the last in each list, so a sentence that
/// names the catalog's first cue instead of the one seen is caught.
std::vector<int> cuesUpTo(const CatalogIndex& index, int need, Stage upTo, Stage from = Stage::Early) {
    std::vector<int> seen;
    for (int s = static_cast<int>(from); s <= static_cast<int>(upTo); ++s) {
        const auto& cues = index.cuesFor(need, static_cast<Stage>(s));
        if (!cues.empty()) seen.push_back(cues.back());
    }
    return seen;
}

/// Checks one scored outcome's sentence against its score.
void checkOutcome(const CatalogIndex& index, const EpisodeRun& run, const std::string& label) {
    EpisodeDef def;
    def.need = index.catalog().needs[static_cast<std::size_t>(run.need)].id;
    const EpisodeScore sc = scoreEpisode(run, def, index, false);
    const std::string& s = sc.sentence;
    const std::string where = def.need + " " + label;
    checkSentence(where, s);
    INFO(where << ": " << s);
    if (!sc.answered || run.safetyStop) CHECK(testsupport::praiseIn(s).empty());
    if (run.kind == NeedKind::RedFlag) {
        CHECK_FALSE(contains(s, "changed course quickly"));
        const bool delayed = sc.answered && (sc.latencyS > 20.0f || run.responses.front().fit != sc.firstFit ||
                                             !isFitting(run.responses.front().fit));
        if (delayed && !run.safetyStop) CHECK(contains(s, "sooner is safer"));
    }
    if (contains(s, "spoil")) CHECK(babyCried(run, index.catalog()));
    const std::string watch = "watch for the first sign you saw (";
    if (contains(s, watch)) {
        REQUIRE_FALSE(run.cuesSeen.empty());
        const std::string first = testsupport::lowerText(index.catalog().cues[static_cast<std::size_t>(run.cuesSeen.front())].name);
        CHECK(contains(s, watch + first + ")"));
    }
    if (index.catalog().needs[static_cast<std::size_t>(run.need)].caregiver) CHECK_FALSE(contains(s, "The baby's"));
    if (sc.answered && sc.intrusions > 0 && !run.safetyStop && run.kind != NeedKind::SelfSettling)
        CHECK(contains(s, "changed course"));
}

EpisodeRun baseRun(const CatalogIndex& index, int need) {
    EpisodeRun run;
    run.def = 0;
    run.need = need;
    run.kind = index.catalog().needs[static_cast<std::size_t>(need)].kind;
    run.started = run.ended = true;
    return run;
}

ResponseRecord record(const CatalogIndex& index, int need, int response, Stage stage, double timeS) {
    return {timeS, response, index.fitFor(need, response, stage), stage, 2.0, false};
}

/// A response with this verdict for the need at the stage, or -1.
int responseWith(const CatalogIndex& index, int need, Stage stage, Fit fit) {
    for (std::size_t r = 0; r < index.catalog().responses.size(); ++r)
        if (!index.catalog().responses[r].reveals && index.fitFor(need, static_cast<int>(r), stage) == fit)
            return static_cast<int>(r);
    return -1;
}

/// Every outcome of answering `need` with `response` at `stage`: at once, after a misfit, after an
/// intrusion, and (an episode that began at that stage) straight away. Returns how many it checked.
int checkAnswered(const CatalogIndex& index, int need, int response, Stage stage) {
    int checked = 0;
    const double t = 5.0 + 40.0 * static_cast<int>(stage);
    for (int before : {-1, responseWith(index, need, stage, Fit::Mismatch), responseWith(index, need, stage, Fit::Intrusive)}) {
        EpisodeRun run = baseRun(index, need);
        run.cuesSeen = cuesUpTo(index, need, stage);
        if (before >= 0) run.responses.push_back(record(index, need, before, stage, t - 4.0));
        run.responses.push_back(record(index, need, response, stage, t));
        run.resolved = true;
        checkOutcome(index, run, "answered at " + std::string(stageName(stage)) + " by " +
                                     index.catalog().responses[static_cast<std::size_t>(response)].id);
        ++checked;
    }
    EpisodeRun late = baseRun(index, need);
    late.cuesSeen = cuesUpTo(index, need, stage, stage);
    late.responses.push_back(record(index, need, response, stage, 3.0));
    checkOutcome(index, late, "began at " + std::string(stageName(stage)));
    return checked + 1;
}

/// Outcomes with no fitting answer: missed, timed out, only a misfit, an intrusion or harm, a
/// safety stop. Returns how many it checked.
int checkUnanswered(const CatalogIndex& index, int need) {
    int checked = 0;
    for (Fit only : {Fit::Mismatch, Fit::Intrusive, Fit::Harmful}) {
        const int r = responseWith(index, need, Stage::Early, only);
        for (bool missed : {true, false}) {
            EpisodeRun run = baseRun(index, need);
            run.cuesSeen = cuesUpTo(index, need, missed ? Stage::Late : Stage::Early);
            if (r >= 0) run.responses.push_back(record(index, need, r, Stage::Early, 5.0));
            run.missed = missed;
            run.resolved = !missed && run.kind != NeedKind::Ordinary && run.kind != NeedKind::RedFlag;
            checkOutcome(index, run, std::string(missed ? "missed" : "unanswered") + " after " + std::string(fitName(only)));
            ++checked;
        }
    }
    EpisodeRun stopped = baseRun(index, need);
    stopped.cuesSeen = cuesUpTo(index, need, Stage::Active);
    stopped.safetyStop = true;
    checkOutcome(index, stopped, "stopped for safety");
    return checked + 1;
}

}  // namespace

TEST_CASE("Coaching: every (need, response, stage, verdict) coach line agrees with its verdict") {
    const Catalog& c = content().catalog;
    const CatalogIndex index(c);
    int lines = 0;
    for (std::size_t n = 0; n < c.needs.size(); ++n) {
        for (std::size_t r = 0; r < c.responses.size(); ++r) {
            const FitDef* entry = index.fitEntry(static_cast<int>(n), static_cast<int>(r));
            for (int s = 0; s < 3; ++s) {
                // Every verdict, not only the catalog's: a safety rule may override it at run time.
                for (Fit verdict : {Fit::Best, Fit::Acceptable, Fit::Mismatch, Fit::Intrusive, Fit::Harmful}) {
                    const std::string line = coachLine(c.responses[r], verdict, static_cast<Stage>(s), entry);
                    const std::string where = c.needs[n].id + " + " + c.responses[r].id + " at " +
                                              std::string(stageName(static_cast<Stage>(s))) + " as " +
                                              std::string(fitName(verdict));
                    checkSentence(where, line);
                    if (!isFitting(verdict)) {
                        INFO(where << ": " << line);
                        CHECK(testsupport::praiseIn(line).empty());
                    }
                    ++lines;
                }
            }
        }
    }
    SUCCEED("checked " << lines << " coach lines");
}

TEST_CASE("Coaching: every reachable episode outcome renders a sentence that agrees with the score") {
    const Catalog& c = content().catalog;
    const CatalogIndex index(c);
    int sentences = 0;
    for (std::size_t n = 0; n < c.needs.size(); ++n) {
        const int need = static_cast<int>(n);
        for (std::size_t r = 0; r < c.responses.size(); ++r)
            for (int s = 0; s < 3; ++s)
                if (isFitting(index.fitFor(need, static_cast<int>(r), static_cast<Stage>(s))))
                    sentences += checkAnswered(index, need, static_cast<int>(r), static_cast<Stage>(s));
        sentences += checkUnanswered(index, need);
    }
    SUCCEED("checked " << sentences << " episode sentences");
}

TEST_CASE("Coaching: every bot's run of every shipped level gives clean coach text") {
    const Content& all = content();
    int texts = 0;
    for (const LevelDef& level : all.levels) {
        for (const char* policy : {"sensitive", "slow", "random", "neglect", "intrusive"}) {
            RunOptions o;
            o.policy = policy;
            o.seed = 7;
            o.physics = false;
            o.keepEvents = true;
            const RunResult result = runLevel(all.catalog, level, o);
            for (const Event& e : result.events) {
                if (e.type != EventType::Feedback && e.type != EventType::Revealed &&
                    e.type != EventType::EpisodeScored && e.type != EventType::SafetyEvent)
                    continue;
                checkSentence(level.id + " " + policy + " " + kEventTypeNames[static_cast<int>(e.type)], e.text);
                ++texts;
            }
        }
    }
    SUCCEED("checked " << texts << " texts from real runs");
}

TEST_CASE("Coaching: every player-facing catalog string reads as plain, finished English") {
    const Catalog& c = content().catalog;
    for (const NeedDef& n : c.needs) {
        for (const std::string* t : {&n.description, &n.found})
            if (!t->empty()) checkSentence("need " + n.id, *t);
        INFO("need " << n.id);
        CHECK_FALSE(n.phrase.empty());
        CHECK_FALSE(n.found.empty());
        CHECK(testsupport::unexplainedJargon(n.name).empty());
    }
    for (const CueDef& cue : c.cues) {
        for (const std::string* t : {&cue.seen, &cue.meaning, &cue.helps, &cue.avoid})
            if (!t->empty()) checkSentence("cue " + cue.id, *t);
        INFO("cue " << cue.id << ": " << cue.name);
        CHECK(testsupport::unexplainedJargon(cue.name).empty());
        CHECK(testsupport::snakeTokens(cue.name).empty());
    }
    for (const ResponseDef& r : c.responses) {
        if (!r.description.empty()) checkSentence("response " + r.id, r.description);
        INFO("response " << r.id << ": " << r.name << " / " << r.verb);
        CHECK(testsupport::unexplainedJargon(r.name).empty());
        REQUIRE_FALSE(r.verb.empty());
        CHECK(std::islower(static_cast<unsigned char>(r.verb.front())));
        CHECK(r.verb.back() != '.');
        CHECK(testsupport::snakeTokens(r.verb).empty());
        CHECK(testsupport::unexplainedJargon(r.verb).empty());
    }
    for (const FitDef& f : c.fits)
        for (const std::string* t : {&f.why, &f.whyEarly, &f.whyActive, &f.whyLate})
            if (!t->empty()) checkSentence("fit " + f.need + " + " + f.response, *t);
}

TEST_CASE("Coaching: every player-facing level string reads as plain English with jargon explained") {
    for (const LevelDef& l : content().levels) {
        std::vector<std::string> texts{l.summary, l.intro};
        for (const auto* list : {&l.learningGoals, &l.hints, &l.reflection, &l.discussionPrompts})
            texts.insert(texts.end(), list->begin(), list->end());
        for (const EpisodeDef& e : l.episodes)
            for (const std::string* t : {&e.feedback, &e.feedbackEarly, &e.feedbackLate, &e.feedbackMissed, &e.hint, &e.discussion})
                texts.push_back(*t);
        for (const EnvEventDef& e : l.events) texts.push_back(e.text);
        for (const std::string& t : texts)
            if (!t.empty()) checkSentence(l.id, t);
        // Facilitator notes are for the facilitator: plain grammar, professional terms allowed.
        INFO(l.id << " facilitator notes");
        CHECK(testsupport::sentenceProblems(l.facilitatorNotes, content().ids).empty());
    }
}

TEST_CASE("Coaching: the jargon check catches an unexplained term and accepts an explained one") {
    CHECK(testsupport::unexplainedJargon("This is PURPLE crying.") == std::vector<std::string>{"PURPLE"});
    CHECK(testsupport::unexplainedJargon("PURPLE crying: Peak, Unexpected, Resists soothing.").empty());
    CHECK(testsupport::unexplainedJargon("Falls asleep at the breast.") == std::vector<std::string>{"breast"});
    CHECK(testsupport::unexplainedJargon("Falls asleep at the breast or bottle.").empty());
    CHECK(testsupport::unexplainedJargon("Rising arousal.") == std::vector<std::string>{"arousal"});
    CHECK_FALSE(testsupport::sentenceProblems("The baby's caregiver stress waited a long time.").empty());
    CHECK(testsupport::usesNameAsVerb("Next time, try step away safely.", content().catalog.responses));
}
