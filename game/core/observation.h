// What a caregiver can perceive at a moment: the only view bots and the UI get of the simulation.
#pragma once

#include <vector>

#include "core/depiction.h"
#include "core/enums.h"

namespace core {

/// A cue the baby is showing now.
struct VisibleCue {
    int episode = -1;        ///< index into LevelDef::episodes
    int cue = -1;            ///< index into Catalog::cues
    Stage stage = Stage::Early;
    double sinceS = 0.0;     ///< game seconds since this cue appeared
    double stageSinceS = 0.0;  ///< game seconds since the episode reached this stage
    int revealedNeed = -1;   ///< need index once a check revealed it, else -1
};

/// Everything visible, recomputed each step.
struct Observation {
    double timeS = 0.0;
    double durationS = 0.0;
    BabyState state = BabyState::QuietAlert;
    std::vector<VisibleCue> cues;      ///< most urgent first
    DepictionDef look;                 ///< how the baby looks now (the most urgent cue, or calm)
    float stress = 0.0f;               ///< caregiver stress 0..1
    int busyResponse = -1;             ///< response in progress, or -1
    double busyRemainingS = 0.0;
    bool held = false;                 ///< the baby is in the caregiver's arms
    bool rolls = false;                ///< the baby has started rolling
    std::vector<int> activeEnvEvents;  ///< indices into LevelDef::events
};

}  // namespace core
