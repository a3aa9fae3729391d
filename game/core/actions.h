// What the caregiver does, as plain actions: the game, bots, scripts and replays all produce these.
#pragma once

#include <string>
#include <vector>

#include "core/handling.h"

namespace core {

/// The input for one fixed step.
struct StepInput {
    int respond = -1;        ///< response index to start on this step, or -1
    bool hasHand = false;    ///< a hand sample was taken this step (mouse, stick, bot)
    HandSample hand;         ///< used while a hold, rock or walk response runs
};

/// One timed action in a script file (attune-sim --script). JSON keys: "t_s", "respond",
/// "gesture", "until_s", "head_supported".
struct ScriptAction {
    double tS = 0.0;                 ///< game seconds from the level start
    std::string respond;             ///< response id to start, or empty
    std::string gesture;             ///< "", or a synthGesture style: still | rock | walk | jiggle | rough | shake
    double untilS = 0.0;             ///< the gesture runs until this time
    bool headSupported = true;
};

/// A whole script: the actions, in time order.
struct Script {
    int formatVersion = 1;
    std::vector<ScriptAction> actions;
};

}  // namespace core
