// Scores episodes and levels. Stage before stopwatch; no speed credit for a wrong response;
// a quickly repaired mismatch costs little; intrusive, harmful and frantic care cost.
#include "core/scoring.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/coach_text.h"

namespace core {
namespace {

constexpr float kStageBase[3] = {1.0f, 0.85f, 0.6f};      // promptness by stage reached
constexpr float kAwarenessBase[3] = {1.0f, 0.6f, 0.3f};   // noticing the cue by stage
constexpr float kCriticalMiss = 0.25f;  // a missed red flag keeps a quarter (REFERENCE.md, F)
constexpr double kFranticWindowS = 10.0;
constexpr std::size_t kFranticDistinct = 3;

bool isFitting(Fit f) { return f == Fit::Best || f == Fit::Acceptable; }

float interpretationValue(Fit f) {
    switch (f) {
        case Fit::Best: return 1.0f;
        case Fit::Acceptable: return 0.7f;
        case Fit::Mismatch: return 0.25f;
        default: return 0.0f;
    }
}

float appropriatenessValue(Fit f) {
    switch (f) {
        case Fit::Best: return 1.0f;
        case Fit::Acceptable: return 0.75f;
        case Fit::Mismatch: return 0.3f;
        default: return 0.0f;
    }
}

// Crying: full credit within ~5 s, 0.7 at 45 s, decaying to 0.2 at 180 s (REFERENCE.md, B).
float cryingCurve(double sinceS) {
    if (sinceS <= 5.0) return 1.0f;
    if (sinceS <= 45.0) return static_cast<float>(1.0 - 0.3 * (sinceS - 5.0) / 40.0);
    const double k = std::log(3.5) / 135.0;
    return static_cast<float>(0.7 * std::exp(-k * (sinceS - 45.0)));
}

bool isFrantic(const std::vector<const ResponseRecord*>& recs) {
    for (std::size_t i = 0; i < recs.size(); ++i) {
        std::set<int> distinct;
        for (std::size_t j = i; j < recs.size() && recs[j]->timeS - recs[i]->timeS <= kFranticWindowS;
             ++j)
            distinct.insert(recs[j]->response);
        if (distinct.size() > kFranticDistinct) return true;
    }
    return false;
}

// Mean appropriateness; a mismatch followed by fitting care within the window counts as repaired.
float appropriatenessOf(const std::vector<const ResponseRecord*>& recs, const EpisodeRun& run,
                        EpisodeScore& sc) {
    float sum = 0.0f;
    for (std::size_t i = 0; i < recs.size(); ++i) {
        float v = appropriatenessValue(recs[i]->fit);
        if (recs[i]->fit == Fit::Mismatch) {
            ++sc.mismatches;
            const double window =
                std::max(20.0, static_cast<double>(run.stageS[static_cast<int>(recs[i]->stage)]));
            for (std::size_t j = i + 1; j < recs.size(); ++j) {
                if (recs[j]->timeS - recs[i]->timeS > window) break;
                if (isFitting(recs[j]->fit)) {
                    v = 0.8f;
                    sc.repaired = true;
                    break;
                }
            }
        }
        if (recs[i]->fit == Fit::Intrusive) ++sc.intrusions;
        sum += v;
    }
    return sum / static_cast<float>(recs.size());
}

}  // namespace

Stage stageAfterStart(Stage stage, Stage startStage) {
    return static_cast<Stage>(std::max(0, static_cast<int>(stage) - static_cast<int>(startStage)));
}

float promptnessCredit(Stage stage, double sinceS, double stageS, bool relaxed) {
    return promptnessCredit(stage, Stage::Early, sinceS, stageS, relaxed);
}

float promptnessCredit(Stage stage, Stage startStage, double sinceS, double stageS, bool relaxed) {
    const float base = kStageBase[static_cast<int>(stageAfterStart(stage, startStage))];
    if (relaxed) return base;
    if (stage == Stage::Late) return base * cryingCurve(sinceS);
    const double frac = std::clamp(sinceS / std::max(1.0, stageS), 0.0, 1.0);
    return base * static_cast<float>(1.0 - 0.15 * frac);
}

EpisodeScore scoreEpisode(const EpisodeRun& run, const EpisodeDef& def, const CatalogIndex& index,
                          bool relaxed) {
    EpisodeScore sc;
    sc.episode = run.def;
    sc.episodeId = def.id;
    sc.need = def.need;
    sc.resolved = run.resolved;
    sc.missed = run.missed;
    std::vector<const ResponseRecord*> recs;
    for (const ResponseRecord& r : run.responses)
        if (!r.neutral) recs.push_back(&r);
    sc.responses = static_cast<int>(run.responses.size());
    const bool settledAlone = run.kind == NeedKind::SelfSettling && run.resolved && recs.empty();
    Components& c = sc.components;
    if (!run.responses.empty())
        c.awareness = kAwarenessBase[static_cast<int>(
            stageAfterStart(run.responses.front().stage, run.startStage))];
    else if (settledAlone)
        c.awareness = 0.5f;
    if (!recs.empty()) {
        sc.firstFit = recs.front()->fit;
        c.interpretation = interpretationValue(sc.firstFit);
        c.appropriateness = appropriatenessOf(recs, run, sc);
        sc.frantic = isFrantic(recs);
        if (run.resolved) c.appropriateness += 0.05f;  // carried through to a settled baby
        if (sc.frantic) c.appropriateness -= 0.25f;
        c.appropriateness = std::clamp(c.appropriateness, 0.0f, 1.0f);
    } else if (settledAlone) {
        c.interpretation = 0.75f;
        c.appropriateness = 1.0f;
    }
    auto fitting = std::find_if(recs.begin(), recs.end(), [](auto* r) { return isFitting(r->fit); });
    if (fitting != recs.end()) {
        const ResponseRecord& f = **fitting;
        sc.answered = true;
        sc.stageAnswered = f.stage;
        sc.latencyS = static_cast<float>(f.timeS - run.startS);
        sc.startStage = run.startStage;
        c.promptness = promptnessCredit(f.stage, run.startStage, f.stageSinceS,
                                        run.stageS[static_cast<int>(f.stage)], relaxed);
    } else if (settledAlone) {
        c.promptness = 1.0f;
    }
    sc.score = 0.2f * c.awareness + 0.25f * c.interpretation + 0.25f * c.promptness +
               0.3f * c.appropriateness;
    if (run.missed) sc.score *= run.kind == NeedKind::RedFlag ? kCriticalMiss : 0.6f;
    for (auto* r : recs)
        if (r->fit == Fit::Harmful) sc.score *= 0.5f;
    if (run.safetyStop) sc.score = 0.0f;
    sc.sentence = episodeFeedback(sc, run, def, index);
    return sc;
}

int starsFor(float score) { return score >= 85.0f ? 3 : score >= 65.0f ? 2 : score >= 40.0f ? 1 : 0; }

int ratingFor(float composite) {
    constexpr float kBands[8] = {0.85f, 0.775f, 0.70f, 0.60f, 0.50f, 0.40f, 0.30f, 0.15f};
    for (int i = 0; i < 8; ++i)
        if (composite >= kBands[i]) return 9 - i;
    return 1;
}

LevelScore scoreLevel(const std::vector<EpisodeScore>& episodes,
                      const std::vector<SafetyRecord>& safety, bool relaxed) {
    LevelScore ls;
    ls.relaxed = relaxed;
    ls.episodes = episodes;
    std::sort(ls.episodes.begin(), ls.episodes.end(),
              [](const EpisodeScore& a, const EpisodeScore& b) { return a.episode < b.episode; });
    ls.safetyEvents = safety;
    float sum = 0.0f;
    int early = 0, mismatched = 0, repaired = 0;
    for (const EpisodeScore& e : ls.episodes) {
        sum += e.score;
        ls.components.awareness += e.components.awareness;
        ls.components.interpretation += e.components.interpretation;
        ls.components.promptness += e.components.promptness;
        ls.components.appropriateness += e.components.appropriateness;
        early += e.answered && stageAfterStart(e.stageAnswered, e.startStage) == Stage::Early;
        mismatched += e.mismatches > 0;
        repaired += e.repaired;
    }
    const float n = static_cast<float>(std::max<std::size_t>(1, ls.episodes.size()));
    ls.components.awareness /= n;
    ls.components.interpretation /= n;
    ls.components.promptness /= n;
    ls.components.appropriateness /= n;
    ls.earlyCatchRate = static_cast<float>(early) / n;
    ls.repairRate = mismatched ? static_cast<float>(repaired) / static_cast<float>(mismatched) : 1.0f;
    float penalty = 0.0f;
    for (const SafetyRecord& s : safety) penalty += s.kind == SafetyKind::HeadUnsupported ? 5.0f : 10.0f;
    const float base = ls.episodes.empty() ? 0.0f : 100.0f * sum / n;
    ls.score = std::clamp(base - penalty, 0.0f, 100.0f);
    ls.stars = starsFor(ls.score);
    ls.rating = ratingFor(ls.score / 100.0f);
    ls.ratingWords = ratingWords(ls.rating);
    return ls;
}

}  // namespace core
