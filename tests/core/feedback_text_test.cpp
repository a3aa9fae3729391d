// Tests of the coach's words: each sentence says what happened and agrees with the score.
#include <catch2/catch.hpp>

#include "core/catalog_index.h"
#include "core/coach_text.h"
#include "core/scoring.h"
#include "support/mini_catalog.h"
#include "support/text_lint.h"

using namespace core;
using testsupport::contains;

namespace {

/// The mini catalog with coach phrases, crying captions, a warning sign and the caregiver's limit.
Catalog coachCatalog() {
    Catalog c = testsupport::miniCatalog();
    for (NeedDef& n : c.needs) n.phrase = "the baby's " + n.id;
    c.needs[0].found = "The signs point to hunger.";
    NeedDef fever;
    fever.id = "fever";
    fever.name = "Fever";
    fever.kind = NeedKind::RedFlag;
    NeedDef limit;
    limit.id = "limit";
    limit.name = "Caregiver stress";
    limit.caregiver = true;
    c.needs.push_back(fever);
    c.needs.push_back(limit);
    for (CueDef& cue : c.cues)
        if (cue.id.find("cry") != std::string::npos) cue.heard = "[crying]";
    c.cues.push_back(testsupport::cue("hot", "fever", Stage::Early));
    c.cues.push_back(testsupport::cue("tense", "limit", Stage::Early));
    c.cues.back().heard = "[crying]";
    c.responses.push_back(testsupport::response("seek_help", 6));
    c.responses.back().seeksHelp = true;
    c.responses.back().verb = "get medical help";
    c.responses[0].verb = "offer a feed";
    c.responses[1].verb = "hold the baby";
    c.responses[2].verb = "pause";
    c.responses[7].verb = "step away safely for a few minutes";
    c.responses[7].name = "Step away safely";
    for (ResponseDef& r : c.responses) {
        if (!r.verb.empty()) continue;
        r.verb = r.id;
        for (char& ch : r.verb) ch = ch == '_' ? ' ' : ch;
    }
    c.fits.push_back(testsupport::fit("fever", "seek_help", Fit::Best, Fit::Best, Fit::Best));
    c.fits.push_back(testsupport::fit("limit", "step_away", Fit::Best, Fit::Best, Fit::Best));
    c.fits[1].why = "A crying, hungry baby feeds better once calm.";
    c.fits[1].whyEarly = "Before crying starts, offering a feed answers these early signs.";
    return c;
}

struct Fixture {
    Catalog catalog = coachCatalog();
    CatalogIndex index{catalog};
    EpisodeDef def;

    EpisodeRun run(const char* need, std::vector<const char*> cues) {
        EpisodeRun r;
        r.def = 0;
        r.need = index.needIndex(need);
        r.kind = catalog.needs[static_cast<std::size_t>(r.need)].kind;
        r.started = r.ended = true;
        for (const char* c : cues) r.cuesSeen.push_back(index.cueIndex(c));
        return r;
    }
    void respond(EpisodeRun& r, const char* response, Stage stage, double timeS) {
        const Fit fit = index.fitFor(r.need, index.responseIndex(response), stage);
        r.responses.push_back({timeS, index.responseIndex(response), fit, stage, 1.0, false});
    }
    EpisodeScore score(const EpisodeRun& r) {
        def.need = catalog.needs[static_cast<std::size_t>(r.need)].id;
        return scoreEpisode(r, def, index, false);
    }
};

}  // namespace

TEST_CASE("Coach line: a fit's explanation shows only at the stages whose verdict it explains") {
    Fixture f;
    const FitDef* entry = f.index.fitEntry(f.index.needIndex("hunger"), f.index.responseIndex("hold"));
    const ResponseDef& hold = f.catalog.responses[1];
    REQUIRE(entry != nullptr);
    CHECK(coachLine(hold, Fit::Acceptable, Stage::Early, entry) == entry->whyEarly);
    CHECK(coachLine(hold, Fit::Best, Stage::Late, entry) == entry->why);
    // A verdict the catalog does not give here (a rule overrode it) gets a plain line.
    CHECK(coachLine(hold, Fit::Harmful, Stage::Late, entry) == "Choosing to hold the baby is not safe here.");
    CHECK(coachLine(hold, Fit::Mismatch, Stage::Late, nullptr) ==
          "Choosing to hold the baby didn't meet this need. Look again at what the baby shows.");
}

TEST_CASE("Coach line: plain verdict lines use the verb phrase, never praise a misfit") {
    Fixture f;
    for (const ResponseDef& r : f.catalog.responses) {
        for (Fit fit : {Fit::Mismatch, Fit::Intrusive, Fit::Harmful}) {
            const std::string line = coachLine(r, fit, Stage::Early, nullptr);
            INFO(line);
            CHECK(testsupport::praiseIn(line).empty());
            CHECK(testsupport::sentenceProblems(line).empty());
            CHECK_FALSE(testsupport::usesNameAsVerb(line, f.catalog.responses));
        }
    }
    const std::string seek = coachLine(f.catalog.responses.back(), Fit::Mismatch, Stage::Early, nullptr);
    CHECK(contains(seek, "always OK"));
}

TEST_CASE("Episode sentence: seeking help after a delay is graded, never called quick") {
    Fixture f;
    EpisodeRun r = f.run("fever", {"hot"});
    f.respond(r, "watch_wait", Stage::Early, 2.0);
    f.respond(r, "seek_help", Stage::Early, 12.0);
    r.resolved = true;
    const EpisodeScore sc = f.score(r);
    INFO(sc.sentence);
    CHECK_FALSE(contains(sc.sentence, "changed course quickly"));
    CHECK(contains(sc.sentence, "sooner is safer"));
    CHECK(testsupport::praiseIn(sc.sentence).empty());

    EpisodeRun late = f.run("fever", {"hot"});
    f.respond(late, "seek_help", Stage::Active, 60.0);
    CHECK(contains(f.score(late).sentence, "sooner is safer"));

    EpisodeRun prompt = f.run("fever", {"hot"});
    f.respond(prompt, "seek_help", Stage::Early, 3.0);
    CHECK(contains(f.score(prompt).sentence, "straight away. That was right."));
}

TEST_CASE("Episode sentence: the caregiver's limit is spoken to the caregiver") {
    Fixture f;
    EpisodeRun missed = f.run("limit", {"tense"});
    missed.missed = true;
    const std::string s = f.score(missed).sentence;
    INFO(s);
    CHECK_FALSE(contains(s, "The baby's"));
    CHECK_FALSE(contains(s, "spoil"));
    CHECK(contains(s, "your own limit"));
    CHECK(contains(s, "step away safely for a few minutes."));

    EpisodeRun answered = f.run("limit", {"tense"});
    f.respond(answered, "step_away", Stage::Early, 4.0);
    CHECK(f.score(answered).sentence ==
          "You noticed your own limit and chose to step away safely for a few minutes. That is a "
          "safe, caring choice.");
}

TEST_CASE("Episode sentence: the next-time cue is one the player saw, not the catalog's first") {
    Fixture f;
    EpisodeRun r = f.run("hunger", {"turn_away", "hunger_cry"});
    f.respond(r, "hold", Stage::Late, 90.0);
    const std::string s = f.score(r).sentence;
    INFO(s);
    CHECK(contains(s, "(turn_away)"));
    CHECK_FALSE(contains(s, "rooting"));
    CHECK(contains(s, "once the baby was crying"));
}

TEST_CASE("Episode sentence: crying is mentioned only when the baby cried") {
    Fixture f;
    EpisodeRun quiet = f.run("hunger", {"rooting", "hand_to_mouth"});
    quiet.missed = true;
    const std::string q = f.score(quiet).sentence;
    INFO(q);
    CHECK_FALSE(contains(q, "cry"));
    CHECK(contains(q, "The baby's hunger needed an answer sooner"));
    CHECK(contains(q, "then offer a feed."));
    CHECK_FALSE(testsupport::usesNameAsVerb(q, f.catalog.responses));
}

TEST_CASE("Episode sentence: an intrusion that was put right is mentioned") {
    Fixture f;
    EpisodeRun r = f.run("break", {"look_away"});
    f.respond(r, "play", Stage::Early, 2.0);
    f.respond(r, "pause", Stage::Early, 8.0);
    r.resolved = true;
    const std::string s = f.score(r).sentence;
    INFO(s);
    CHECK(contains(s, "added more than the baby wanted"));
    CHECK(contains(s, "changed course"));
    CHECK(contains(s, "You spotted the baby's break early and chose to pause."));
}

TEST_CASE("Author feedback: early, late and missed texts replace the plain text for their outcome") {
    Fixture f;
    f.def.feedback = "Plain.";
    f.def.feedbackEarly = "Early.";
    f.def.feedbackMissed = "Missed.";
    EpisodeRun early = f.run("hunger", {"rooting"});
    f.respond(early, "feed", Stage::Early, 3.0);
    CHECK(contains(f.score(early).sentence, " Early."));
    EpisodeRun late = f.run("hunger", {"rooting", "hunger_cry"});
    f.respond(late, "hold", Stage::Late, 90.0);
    CHECK(contains(f.score(late).sentence, " Plain."));  // no feedback_late: the plain text
    EpisodeRun missed = f.run("hunger", {"rooting"});
    missed.missed = true;
    CHECK(contains(f.score(missed).sentence, " Missed."));
    f.def.feedbackLate = "Late.";
    CHECK(contains(f.score(late).sentence, " Late."));
}

TEST_CASE("Reveal text: a check names what it found in plain words") {
    Fixture f;
    CHECK(revealText(f.catalog.needs[0]) == "You checked. The signs point to hunger.");
    CHECK(revealText(f.catalog.needs[1]) == "You checked: this looks like the baby's break.");
}
