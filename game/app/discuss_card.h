// Pause and discuss: the card that freezes play at a new cue, asks the room "What is the baby
// telling us?" with the episode's discussion prompt, and reveals the answer when asked.
#pragma once

#include <optional>

#include "app/app_context.h"
#include "core/events.h"
#include "core/level_def.h"

namespace app {

/// The cue being discussed.
struct DiscussMoment {
    int episode = -1;       ///< index into the level's episodes
    int cue = -1;           ///< index into the catalog's cues
    double timeS = 0.0;     ///< when it appeared
    bool revealed = false;  ///< the facilitator chose to show the answer
};

/// The first CueStarted among a step's events, as a moment to discuss.
std::optional<DiscussMoment> newCueIn(const core::EventList& events);

/// Draws the card beside the baby (over the response panel). Emits "reveal" and "discuss_continue" actions.
void drawDiscussCard(const AppContext& ctx, const core::LevelDef& level, const DiscussMoment& m,
                     UiActions& out);

}  // namespace app
