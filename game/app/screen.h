// Screens as a small interface (enter / update / draw / exit / next), not a switch.
#pragma once

#include <memory>

#include "app/app_context.h"

namespace app {

/// Every screen of the game.
enum class ScreenId { Stay, Title, Profile, Campaign, Intro, Play, Results, Library, Settings,
                      SessionSetup, SessionPlay, SessionDebrief, SessionReplay };

/// One screen. update runs per fixed step and never draws; draw reads const state and reports
/// what the player clicked as actions for the next update.
class Screen {
public:
    virtual ~Screen() = default;
    /// Called when the screen becomes current.
    virtual void enter(AppContext&) {}
    /// One fixed step of dtS game seconds.
    virtual void update(AppContext& ctx, const ScreenInput& in, double dtS) = 0;
    /// Builds this frame's UI.
    virtual void draw(const AppContext& ctx, UiActions& out) const = 0;
    /// Called before another screen takes over.
    virtual void exit(AppContext&) {}
    /// The screen to switch to, or Stay.
    virtual ScreenId next() const = 0;
};

/// Makes a screen. `back` is where Esc or "Back" leads (for Settings and the Cue Library).
std::unique_ptr<Screen> makeScreen(ScreenId id, ScreenId back);

}  // namespace app
