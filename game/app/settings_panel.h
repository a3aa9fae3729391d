// The settings controls, shared by the Settings screen and the Pause overlay during play.
#pragma once

#include "app/app_context.h"

namespace app {

/// Draws the settings (seeing and hearing, pace, keys) and applies their actions to the profile.
class SettingsPanel {
public:
    /// Builds the controls; `duringPlay` notes which changes wait for the next level.
    void draw(const AppContext& ctx, UiActions& out, bool duringPlay) const;
    /// Applies one action. True if it was a settings action (the profile is then saved and the
    /// volumes set); false leaves the action to the caller.
    bool apply(AppContext& ctx, const UiAction& a);
    /// True while waiting for the key to give a response (Esc then cancels, not leaves).
    bool remapping() const { return m_remapping >= 0; }
    /// Stops waiting for a key.
    void cancelRemap() { m_remapping = -1; }

private:
    void drawGeneral(const format::Settings& s, UiActions& out, bool duringPlay) const;
    void drawKeys(const AppContext& ctx, const format::Settings& s, UiActions& out) const;
    int m_remapping = -1;
};

/// A slider whose value is reported once, on release (the text size: the font atlas is rebuilt
/// then, not on every pixel). True on the release frame, with the dragged value in *released.
bool dragSliderOnRelease(const char* label, float stored, float lo, float hi, const char* fmt, float* released);

}  // namespace app
