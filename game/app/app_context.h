// What every screen shares: options, content, profiles, sound, and what flows between screens.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/app_options.h"
#include "app/game_data.h"
#include "app/profile_store.h"
#include "app/run_record.h"
#include "app/sound.h"
#include "platform/input.h"

namespace app {

/// A click or key the UI saw while drawing, handled by the next update (draw never mutates).
struct UiAction {
    UiAction(std::string v, std::string a = {}, int i = -1, float x = 0.0f)
        : verb(std::move(v)), arg(std::move(a)), index(i), value(x) {}
    std::string verb;   ///< e.g. "respond", "open_level", "set_scale"
    std::string arg;    ///< e.g. a level id
    int index = -1;     ///< e.g. a response index
    float value = 0.0f; ///< e.g. a slider value
};
using UiActions = std::vector<UiAction>;

/// Which of this frame's fixed steps is running: the mouse is read once a frame, so step k of n
/// gets (k+1)/n of the frame's motion rather than all of it at once (docs/HANDLING.md).
struct StepOfFrame {
    int index = 0;  ///< 0-based
    int count = 1;  ///< steps this frame, at least 1
};

/// What an update step receives.
struct ScreenInput {
    const UiActions& actions;              ///< from the last draw (only on the first step of a frame)
    const platform::InputFrame& input;     ///< keys, mouse, stick
    StepOfFrame step{};                    ///< this step's place in the frame
};

/// Shared state. Screens read it in draw (const) and change it in update.
struct AppContext {
    AppContext(const AppOptions& o, GameData& d, ProfileStore& p, Sound& s)
        : options(o), data(d), profiles(p), sound(s) {}
    const AppOptions& options;
    GameData& data;
    ProfileStore& profiles;
    Sound& sound;
    std::string levelId;                   ///< the level chosen on the map (or --level)
    std::optional<RunRecord> lastRun;      ///< the last finished run, for the results screen
    std::string libraryCue;                ///< cue id to open in the Cue Library
    std::vector<std::string> notices;      ///< shown on the next screen until dismissed
    double clockS = 0.0;                   ///< fixed-step time since start, for animation
    bool styleDirty = false;               ///< theme or scale changed: rebuild between frames
    bool fullscreenDirty = false;
    bool quitRequested = false;            ///< asks the app to confirm quitting
    int windowWidthPx = 1280, windowHeightPx = 720;

    /// The settings in effect.
    const format::Settings& settings() const { return profiles.settings(); }
};

}  // namespace app
