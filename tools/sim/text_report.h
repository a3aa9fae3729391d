// attune-sim's human-readable report: the score, the rating in words, and each episode's story.
#pragma once

#include <string>
#include <vector>

#include "core/level_def.h"
#include "core/runner.h"

namespace simtool {

/// The report for one or many runs of a level by one policy or script.
std::string textReport(const core::LevelDef& level, const std::vector<core::RunResult>& runs, const std::string& player,
                       bool relaxed);

}  // namespace simtool
