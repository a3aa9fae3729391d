// The words players see: the coach's sentence for each episode and the rating's plain wording.
// Kind and specific, never shaming: say what went well, then what to look for next time.
#include <string>

#include "core/scoring.h"

namespace core {
namespace {

std::string lower(std::string s) {
    for (char& ch : s)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return s;
}

// Name of the first early cue for a need, e.g. "rooting", to point at what to watch for.
std::string earlyCueName(const CatalogIndex& index, int need) {
    const auto& early = index.cuesFor(need, Stage::Early);
    if (early.empty()) return "the first small signs";
    return lower(index.catalog().cues[static_cast<std::size_t>(early.front())].name);
}

std::string bestName(const CatalogIndex& index, int need, Stage stage) {
    const int r = index.bestResponse(need, stage);
    return r < 0 ? std::string("Responding")
                 : index.catalog().responses[static_cast<std::size_t>(r)].name;
}

std::string answeredSentence(const EpisodeScore& sc, const std::string& need,
                             const std::string& early) {
    switch (sc.stageAnswered) {
        case Stage::Early:
            return "You noticed the first sign of " + need + " and answered before it built up.";
        case Stage::Active:
            return "You answered while the baby was still asking calmly. Watching for " + early +
                   " can help you be even sooner.";
        default:
            return "You answered the crying. Looking for earlier signs, like " + early +
                   ", can help you respond before crying starts.";
    }
}

std::string kindSentence(const EpisodeScore& sc, const EpisodeRun& run, const CatalogIndex& index) {
    const std::string need = lower(index.catalog().needs[static_cast<std::size_t>(run.need)].name);
    if (run.safetyStop)
        return "This moment stopped for safety. Gentle, supported handling keeps a baby safe, and "
               "it is always OK to put the baby down on their back and step away.";
    if (run.kind == NeedKind::RedFlag)
        return sc.answered ? "You spotted a warning sign and sought medical help. That was right."
                           : "This was a sign of illness. Seek medical help straight away; you "
                             "never need to wait it out.";
    if (run.kind == NeedKind::SelfSettling) {
        if (sc.intrusions > 0)
            return "The baby was settling on their own, and stepping in stirred them. Watching "
                   "for a few seconds first can help.";
        return sc.answered ? "You watched and waited, and the baby settled by themselves."
                           : "The baby settled on their own. A deliberate watch-and-wait is "
                             "often right for small noises in light sleep.";
    }
    if (run.kind == NeedKind::Unexplained)
        return sc.answered ? "This crying had no clear cause. You stayed close and kept "
                             "soothing, which is what helps even when the crying does not stop."
                           : "This crying had no clear cause. Holding, walking, shushing or "
                             "singing can ease it, and responding to crying never spoils a baby.";
    if (sc.intrusions > 0 && !sc.answered)
        return "The baby was asking for less, not more. Slowing down or pausing is the kind "
               "response then.";
    if (sc.answered) return answeredSentence(sc, need, earlyCueName(index, run.need));
    const std::string best = bestName(index, run.need, Stage::Early);
    if (run.missed)
        return "The baby's " + need + " waited a long time. Responding to crying cannot spoil a "
               "baby; next time, try " + lower(best) + ".";
    return "This " + need + " cue was still waiting when time ran out. " + best +
           " would have helped.";
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
    std::string s = kindSentence(sc, run, index);
    if (sc.repaired)
        s = "You changed course quickly after the first try, and that repair matters. " + s;
    else if (sc.frantic)
        s += " Trying one thing at a time, and giving it a moment, helps the baby settle.";
    return s;
}

}  // namespace core
