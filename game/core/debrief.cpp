// Tallies finished runs into the debrief's group numbers; pure computation over scores.
#include "core/debrief.h"

#include <algorithm>

namespace core {
namespace {

struct LatencySum {
    double sumS = 0.0;
    int count = 0;
    void add(double s) { sumS += s, ++count; }
    double mean() const { return count ? sumS / count : -1.0; }
};

/// A tally with its latency sum while counting.
struct Counting {
    CueTally tally;
    LatencySum latency;
};

void count(Counting& c, const EpisodeScore& e) {
    CueTally& t = c.tally;
    ++t.episodes;
    t.answered += e.answered;
    t.missed += e.missed;
    t.unfinished += e.unfinished;
    t.misread += isMisread(e);
    t.early += e.answered && e.stageAnswered == Stage::Early;
    if (e.answered && e.latencyS >= 0) c.latency.add(e.latencyS);
}

Counting& find(std::vector<Counting>& list, const std::string& level, const std::string& episode,
               const std::string& need) {
    for (Counting& c : list)
        if (c.tally.level == level && c.tally.episodeId == episode && c.tally.need == need)
            return c;
    list.push_back({});
    list.back().tally.level = level;
    list.back().tally.episodeId = episode;
    list.back().tally.need = need;
    return list.back();
}

/// Finished tallies, most missed or misread first; ties keep first-seen order.
std::vector<CueTally> sorted(std::vector<Counting>& list) {
    std::vector<CueTally> out;
    for (Counting& c : list) {
        c.tally.meanLatencyS = c.latency.mean();
        out.push_back(c.tally);
    }
    std::stable_sort(out.begin(), out.end(), [](const CueTally& a, const CueTally& b) {
        return a.trouble() > b.trouble();
    });
    return out;
}

void countEpisode(Debrief& d, const EpisodeScore& e, std::array<LatencySum, 3>& byStage,
                  LatencySum& all) {
    ++d.episodes;
    d.answered += e.answered;
    d.missed += e.missed;
    d.unfinished += e.unfinished;
    d.misread += isMisread(e);
    d.earlyCatches += e.answered && e.stageAnswered == Stage::Early;
    d.mismatchedEpisodes += e.mismatches > 0;
    d.repairedEpisodes += e.mismatches > 0 && e.repaired;
    if (e.answered && e.latencyS >= 0) {
        byStage[static_cast<std::size_t>(e.stageAnswered)].add(e.latencyS);
        all.add(e.latencyS);
    }
}

}  // namespace

bool isMisread(const EpisodeScore& e) {
    return e.responses > 0 && (e.firstFit == Fit::Mismatch || e.firstFit == Fit::Intrusive ||
                               e.firstFit == Fit::Harmful);
}

Debrief computeDebrief(const std::vector<DebriefRun>& runs, int participant) {
    Debrief d;
    std::array<LatencySum, 3> byStage;
    LatencySum all;
    std::vector<Counting> needs, moments;
    double scoreSum = 0.0;
    for (const DebriefRun& run : runs) {
        if (participant >= 0 && run.participant != participant) continue;
        ++d.runs;
        scoreSum += run.score.score;
        for (const EpisodeScore& e : run.score.episodes) {
            countEpisode(d, e, byStage, all);
            count(find(needs, "", "", e.need), e);
            count(find(moments, run.level, e.episodeId, e.need), e);
        }
        for (const SafetyRecord& s : run.score.safetyEvents) {
            ++d.safetyByKind[static_cast<std::size_t>(s.kind)];
            ++d.safetyEvents;
        }
    }
    for (std::size_t i = 0; i < byStage.size(); ++i)
        d.latencyByStage[i] = {byStage[i].count, byStage[i].mean()};
    d.meanLatencyS = all.mean();
    d.meanScore = d.runs ? scoreSum / d.runs : 0.0;
    d.earlyCatchShare = d.episodes ? static_cast<double>(d.earlyCatches) / d.episodes : 0.0;
    if (d.mismatchedEpisodes)
        d.repairRate = static_cast<double>(d.repairedEpisodes) / d.mismatchedEpisodes;
    d.needs = sorted(needs);
    d.moments = sorted(moments);
    return d;
}

}  // namespace core
