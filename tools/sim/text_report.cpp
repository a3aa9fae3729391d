// Writes attune-sim's report as plain text: one run in detail, many runs as a summary.
#include "text_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace simtool {
namespace {

std::string fmt(const char* f, double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

std::string componentsLine(const core::Components& c) {
    return "  awareness " + fmt("%.2f", c.awareness) + "   interpretation " +
           fmt("%.2f", c.interpretation) + "   promptness " + fmt("%.2f", c.promptness) +
           "   appropriateness " + fmt("%.2f", c.appropriateness) + "\n";
}

std::string episodeLine(const core::EpisodeScore& e) {
    std::string line = "  " + e.episodeId + " (" + e.need + "): " + fmt("%.0f", e.score * 100.0);
    if (e.answered)
        line += ", answered at " + std::string(core::stageName(e.stageAnswered)) + " after " +
                fmt("%.1f", e.latencyS) + " s";
    else
        line += ", not answered";
    if (e.repaired) line += ", repaired";
    if (e.missed) line += ", missed care";
    return line + "\n    " + e.sentence + "\n";
}

std::string oneRun(const core::RunResult& r) {
    const core::LevelScore& s = r.score;
    std::string out = "Score " + fmt("%.1f", s.score) + " / 100   " + std::string(s.stars, '*') +
                      std::string(3 - s.stars, '.') + "   rating " + std::to_string(s.rating) +
                      " of 9\n  " + s.ratingWords + "\n" + componentsLine(s.components);
    out += "  early catches " + fmt("%.0f%%", s.earlyCatchRate * 100.0) + "   repairs " +
           fmt("%.0f%%", s.repairRate * 100.0) + "\nEpisodes:\n";
    for (const core::EpisodeScore& e : s.episodes) out += episodeLine(e);
    if (!s.safetyEvents.empty()) out += "Safety:\n";
    for (const core::SafetyRecord& k : s.safetyEvents)
        out += "  " + fmt("%.1f s ", k.timeS) + std::string(core::safetyKindName(k.kind)) + ": " +
               k.text + "\n";
    return out;
}

std::string manyRuns(const std::vector<core::RunResult>& runs) {
    std::vector<double> scores;
    int stars[4] = {0, 0, 0, 0};
    std::size_t safety = 0;
    for (const auto& r : runs) {
        scores.push_back(r.score.score);
        ++stars[r.score.stars];
        safety += r.score.safetyEvents.size();
    }
    std::sort(scores.begin(), scores.end());
    const double mean = core::meanScore(runs);
    double var = 0.0;
    for (double s : scores) var += (s - mean) * (s - mean);
    std::string out = "Mean score " + fmt("%.1f", mean) + " / 100 over " +
                      std::to_string(runs.size()) + " runs (sd " +
                      fmt("%.1f", std::sqrt(var / static_cast<double>(scores.size()))) + ", min " +
                      fmt("%.1f", scores.front()) + ", median " +
                      fmt("%.1f", scores[scores.size() / 2]) + ", max " +
                      fmt("%.1f", scores.back()) + ")\n";
    out += "Stars: 3★ " + std::to_string(stars[3]) + "  2★ " + std::to_string(stars[2]) +
           "  1★ " + std::to_string(stars[1]) + "  0★ " + std::to_string(stars[0]) +
           "   safety events " + std::to_string(safety) + "\nFirst run:\n";
    return out + oneRun(runs.front());
}

}  // namespace

std::string textReport(const core::LevelDef& level, const std::vector<core::RunResult>& runs, const std::string& player,
                       bool relaxed) {
    std::string out = level.title + " (" + level.id + ") — played by " + player +
                      (relaxed ? ", relaxed mode" : "") + "\n";
    if (runs.empty()) return out;
    return out + (runs.size() == 1 ? oneRun(runs.front()) : manyRuns(runs));
}

}  // namespace simtool
