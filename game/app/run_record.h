// What a finished (or running) level looked like over time: the data the results timeline draws.
#pragma once

#include <string>
#include <vector>

#include "core/enums.h"
#include "core/score.h"

namespace app {

/// A stretch of time an episode spent at one cue stage.
struct StageBand {
    int episode = -1;
    core::Stage stage = core::Stage::Early;
    double startS = 0.0;
    double endS = -1.0;  ///< -1 while still open
    int cue = -1;        ///< the cue shown at the start of the band
};

/// One response the player gave, placed on the timeline.
struct ResponseMark {
    int episode = -1;      ///< -1 when no episode was open
    int response = -1;
    double timeS = 0.0;
    core::Fit fit = core::Fit::Mismatch;
    double latencyS = -1;  ///< seconds since the episode's first cue; -1 if none
};

/// Everything the results screen needs about one play-through.
struct RunRecord {
    std::string levelId;
    double durationS = 0.0;
    core::LevelScore score;
    std::vector<StageBand> bands;
    std::vector<ResponseMark> marks;
    std::vector<int> firstCue;  ///< per episode: the first cue shown (for the Cue Library link)
    bool stoppedForSafety = false;
};

}  // namespace app
