// The result of attune-sim runs as data, and its JSON form for `attune-sim --json`.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/score.h"

namespace format {

/// Several simulated runs of one level under one policy.
struct SimReport {
    std::string level;                   ///< level id or path
    std::string policy;                  ///< bot policy name
    std::uint64_t seed = 0;              ///< the base seed
    bool relaxed = false;                ///< scored in relaxed mode
    double meanScore = 0.0;              ///< mean of runs[i].score, 0..100
    std::vector<core::LevelScore> runs;
    std::vector<std::uint64_t> runSeeds; ///< the seed of each run, same order as runs
    std::vector<std::vector<std::string>> runCuesSeen;  ///< cue ids each run showed, in order
};

/// One JSON object: level, policy, seed, relaxed, mean_score, runs[...] with every score field
/// and `cues_seen` (the cue ids the run showed, in order).
std::string simReportJson(const SimReport& report);

}  // namespace format
