// The words players see: the coach's sentence for each episode and the rating's plain wording.
// Kind and specific, never shaming: say what happened (need, response, stage, verdict, delay,
// outcome), then what to look for next time, naming a cue the player actually saw.
#include <string>

#include "core/coach_text.h"
#include "core/scoring.h"

namespace core {
namespace {

/// Seeking help this many seconds after a warning sign appeared counts as a delay.
constexpr float kPromptHelpS = 20.0f;

/// What one sentence is written from.
struct Moment {
    const EpisodeScore& sc;
    const EpisodeRun& run;
    const CatalogIndex& index;
    const Catalog& catalog;
    const NeedDef& need;
};

/// The first fitting response the episode received, or nullptr.
const ResponseRecord* firstFitting(const EpisodeRun& run) {
    for (const ResponseRecord& r : run.responses)
        if (!r.neutral && (r.fit == Fit::Best || r.fit == Fit::Acceptable)) return &r;
    return nullptr;
}

/// The verb phrase of the best response for the need at a stage, e.g. "offer a feed".
std::string bestVerb(const Moment& m, Stage stage) {
    const int r = m.index.bestResponse(m.run.need, stage);
    return r < 0 ? std::string("answer the cues you see")
                 : responseVerb(m.catalog.responses[static_cast<std::size_t>(r)]);
}

/// "Next time, watch for the first sign you saw (rooting); then offer a feed." The cue is one
/// the episode showed, never the catalog's first.
std::string watchFor(const Moment& m, const std::string& andThen) {
    if (m.run.cuesSeen.empty())
        return andThen.empty() ? "Next time, look for the first small signs." : "Next time, " + andThen + " sooner.";
    const CueDef& cue = m.catalog.cues[static_cast<std::size_t>(m.run.cuesSeen.front())];
    return "Next time, watch for the first sign you saw (" + lowered(cue.name) + ")" +
           (andThen.empty() ? "." : "; then " + andThen + ".");
}

/// True if answering sooner is comfort the baby was crying for: only then is "answering crying
/// never spoils a baby" said, so it never reads as a rebuke about a nappy or a wobbly head.
bool comfortWasDue(const Moment& m) {
    const int r = m.index.bestResponse(m.run.need, Stage::Late);
    return r >= 0 && m.catalog.responses[static_cast<std::size_t>(r)].group == "comfort" &&
           babyCried(m.run, m.catalog);
}

std::string redFlagSentence(const Moment& m) {
    const std::string best = bestVerb(m, m.run.stage);
    const ResponseRecord* fit = firstFitting(m.run);
    if (!fit)
        return "This was a warning sign. Next time, " + best +
               " as soon as you see it; you never need to wait it out.";
    bool triedOther = false;
    for (const ResponseRecord& r : m.run.responses) {
        if (&r == fit) break;
        triedOther |= !r.neutral;
    }
    if (triedOther || m.sc.latencyS > kPromptHelpS)
        return "You sought help in the end. With a warning sign, sooner is safer: next time, " +
               best + " as soon as you see it.";
    const ResponseDef& chosen = m.catalog.responses[static_cast<std::size_t>(fit->response)];
    if (fit->fit == Fit::Acceptable && !chosen.seeksHelp)  // e.g. feeding more often for dry nappies
        return "You spotted a warning sign and chose to " + responseVerb(chosen) +
               ", which helps. For this sign the safest step is also to " + best + " straight away.";
    if (fit->fit == Fit::Acceptable)
        return "You spotted a warning sign and asked for help, which was right. For this sign the "
               "safest step is to " + best + " straight away.";
    return "You spotted a warning sign and sought help straight away. That was right.";
}

std::string caregiverSentence(const Moment& m) {
    if (const ResponseRecord* fit = firstFitting(m.run))
        return "You noticed your own limit and chose to " +
               responseVerb(m.catalog.responses[static_cast<std::size_t>(fit->response)]) +
               ". That is a safe, caring choice.";
    return "Crying that goes on and on is hard, and your own limit matters too. When it gets too "
           "much, it is always OK to " + bestVerb(m, Stage::Early) + ".";
}

std::string answeredSentence(const Moment& m) {
    const bool atOnce = answeredAtOnce(m.sc, m.run, m.catalog);
    std::string s;
    const ResponseRecord* fit = firstFitting(m.run);
    const std::string chose =
        fit ? responseVerb(m.catalog.responses[static_cast<std::size_t>(fit->response)]) : "answer";
    if (atOnce && m.sc.stageAnswered == Stage::Early)
        s = "You spotted " + needPhrase(m.need) + " early and chose to " + chose + ".";
    else if (atOnce)
        s = "It had already built up when it began, and you answered straight away.";
    else if (m.sc.stageAnswered == Stage::Active)
        s = "You answered while the baby was still asking calmly. " + watchFor(m, "");
    else if (babyCried(m.run, m.catalog))
        s = "You answered once the baby was crying. " + watchFor(m, "") +
            " Answering then is easier for you both.";
    else
        s = "You answered in the end. " + watchFor(m, "");
    if (fit && fit->fit == Fit::Acceptable) {
        const int best = m.index.bestResponse(m.run.need, fit->stage);
        if (best >= 0 && best != fit->response)
            s += " That helped; you could also " +
                 responseVerb(m.catalog.responses[static_cast<std::size_t>(best)]) + ".";
    }
    return s;
}

std::string unansweredSentence(const Moment& m) {
    if (m.sc.intrusions > 0)
        return "The baby was asking for less, not more. Slowing down or pausing is the kind "
               "response then.";
    // The care that fits the first cue the player saw: an episode that began with crying is
    // answered by calming first, and there is no earlier sign to point at.
    const Stage seen = firstSeenStage(m.run, m.catalog);
    const std::string best = bestVerb(m, seen);
    if (!m.run.missed)
        return capitalised(needPhrase(m.need)) + " was still waiting when time ran out. Next time, " +
               best + ".";
    // Where the fitting care is to watch (cool hands with a warm chest), nothing was "late".
    const bool watchIsCare = m.index.bestResponse(m.run.need, seen) == m.index.watchWaitResponse();
    std::string s = capitalised(needPhrase(m.need)) +
                    (watchIsCare ? " needed a closer look this time. " : " needed an answer sooner this time. ") +
                    (seen == Stage::Early ? watchFor(m, best) : "Next time, " + best + " as soon as you find the baby like this.");
    if (comfortWasDue(m)) s += " Answering a crying baby never spoils them.";
    return s;
}

std::string ordinarySentence(const Moment& m) {
    if (m.need.caregiver) return caregiverSentence(m);
    return m.sc.answered ? answeredSentence(m) : unansweredSentence(m);
}

std::string kindSentence(const Moment& m) {
    if (m.run.safetyStop)
        return "This moment stopped for safety. Gentle, supported handling keeps a baby safe, and "
               "it is always OK to put the baby down on their back and step away.";
    switch (m.run.kind) {
        case NeedKind::RedFlag: return redFlagSentence(m);
        case NeedKind::SelfSettling:
            if (m.sc.intrusions > 0)
                return "The baby was settling on their own, and stepping in stirred them. Watching "
                       "for a few seconds first can help.";
            return m.sc.answered ? "You watched and waited, and the baby settled by themselves."
                                 : "The baby settled on their own. Watching and waiting is often "
                                   "right for small noises in light sleep.";
        case NeedKind::Unexplained:
            return m.sc.answered ? "This crying had no clear cause. You stayed close and kept "
                                   "soothing, which is what helps even when the crying does not stop."
                                 : "This crying had no clear cause. Holding, walking, shushing or "
                                   "singing can ease it, and answering crying never spoils a baby.";
        default: return ordinarySentence(m);
    }
}

}  // namespace

std::string ratingWords(int rating) {
    switch (rating) {
        case 9: return "Highly sensitive: you read even the subtle cues and answered in step with the baby.";
        case 8: return "Very sensitive: you read the cues well and answered promptly.";
        case 7: return "Sensitive: clear signals were read and answered; a few subtle ones slipped by.";
        case 6: return "Often in tune: most needs were met, some a little late.";
        case 5: return "Sometimes in tune: some cues were read well, others were missed or misread.";
        case 4: return "Getting there: several cues were missed or answered late.";
        case 3: return "Many cues went unanswered or were misread this time.";
        case 2: return "Most cues were missed this time. The Cue Library can help.";
        default: return "The baby's cues mostly went unanswered this time. Every replay is practice.";
    }
}

std::string episodeSentence(const EpisodeScore& sc, const EpisodeRun& run, const CatalogIndex& index) {
    if (run.need < 0) return {};
    const Catalog& catalog = index.catalog();
    const Moment m{sc, run, index, catalog, catalog.needs[static_cast<std::size_t>(run.need)]};
    std::string s = kindSentence(m);
    if (sc.answered && sc.intrusions > 0 && run.kind != NeedKind::SelfSettling && !run.safetyStop)
        s = "Your first try added more than the baby wanted, and then you changed course; putting "
            "things right like that matters. " + s;
    // A quick change of course is praised only for ordinary needs: a warning sign's delay is
    // graded in its own sentence, never called quick.
    if (sc.repaired && run.kind != NeedKind::RedFlag && !run.safetyStop)
        s = "You changed course quickly after the first try, and putting things right like that "
            "matters. " + s;
    else if (sc.frantic)
        s += " Trying one thing at a time, and giving it a moment, helps the baby settle.";
    return s;
}

}  // namespace core
