// The coach's line after each response, what a check found, and the phrases sentences are built from.
#include "core/coach_text.h"

#include "core/scoring.h"

namespace core {

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

std::string lowered(std::string text) {
    for (char& ch : text)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return text;
}

std::string needPhrase(const NeedDef& need) {
    return need.phrase.empty() ? lowered(need.name) : need.phrase;
}

std::string responseVerb(const ResponseDef& response) {
    return response.verb.empty() ? lowered(response.name) : response.verb;
}

const std::string& whyAt(const FitDef& entry, Stage stage) {
    const std::string& own = stage == Stage::Early    ? entry.whyEarly
                             : stage == Stage::Active ? entry.whyActive
                                                      : entry.whyLate;
    return own.empty() ? entry.why : own;
}

namespace {

Fit catalogFit(const FitDef& entry, Stage stage) {
    return stage == Stage::Early ? entry.early : stage == Stage::Active ? entry.active : entry.late;
}

// A plain line for a verdict when the catalog has no explanation that matches it.
std::string verdictLine(const ResponseDef& r, Fit fit) {
    const std::string verb = responseVerb(r);
    switch (fit) {
        case Fit::Best: return "Choosing to " + verb + " was just what the baby needed.";
        case Fit::Acceptable: return "Choosing to " + verb + " helped a little. Keep reading the cues.";
        case Fit::Intrusive:
            return "The baby needed less, not more. Try slowing down and giving a break.";
        case Fit::Harmful: return "Choosing to " + verb + " is not safe here.";
        default: break;
    }
    if (r.seeksHelp)
        return "It is always OK to ask for medical advice if you are worried. This need is still "
               "there, so keep reading what the baby shows.";
    if (r.stepAway)
        return "Taking a safe break is always OK. This need is still there when you come back.";
    return "Choosing to " + verb + " didn't meet this need. Look again at what the baby shows.";
}

}  // namespace

std::string coachLine(const ResponseDef& response, Fit fit, Stage stage, const FitDef* entry) {
    if (entry && catalogFit(*entry, stage) == fit && !whyAt(*entry, stage).empty())
        return whyAt(*entry, stage);
    return verdictLine(response, fit);
}

std::string revealText(const NeedDef& need) {
    if (!need.found.empty()) return "You checked. " + need.found;
    return "You checked: this looks like " + needPhrase(need) + ".";
}

bool babyCried(const EpisodeRun& run, const Catalog& catalog) {
    if (run.kind == NeedKind::Unexplained) return true;  // crying without a clear cause is the need
    for (int c : run.cuesSeen)
        if (catalog.cues[static_cast<std::size_t>(c)].heard.find("cry") != std::string::npos) return true;
    return false;
}

Stage firstSeenStage(const EpisodeRun& run, const Catalog& catalog) {
    if (run.cuesSeen.empty()) return Stage::Early;
    return catalog.cues[static_cast<std::size_t>(run.cuesSeen.front())].stage;
}

bool answeredAtOnce(const EpisodeScore& score, const EpisodeRun& run, const Catalog& catalog) {
    return score.answered && score.stageAnswered <= firstSeenStage(run, catalog);
}

const std::string& authorFeedback(const EpisodeDef& def, const EpisodeScore& score,
                                  const EpisodeRun& run, const Catalog& catalog) {
    const bool settled = score.resolved && score.responses == 0;
    const std::string& own = !score.answered && !settled ? def.feedbackMissed
                             : settled || answeredAtOnce(score, run, catalog) ? def.feedbackEarly
                                                                              : def.feedbackLate;
    return own.empty() ? def.feedback : own;
}

std::string episodeFeedback(const EpisodeScore& score, const EpisodeRun& run, const EpisodeDef& def,
                            const CatalogIndex& index) {
    std::string s = episodeSentence(score, run, index);
    const std::string& author = authorFeedback(def, score, run, index.catalog());
    if (!author.empty()) s += (s.empty() ? "" : " ") + author;
    return s;
}

}  // namespace core
