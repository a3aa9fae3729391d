// The pieces of the play screen, each a small draw function over const state.
#pragma once

#include <string>
#include <vector>

#include "app/app_context.h"
#include "app/pad_shortcuts.h"
#include "app/play_layout.h"
#include "app/settings_panel.h"
#include "app/play_session.h"

namespace app {

/// A colour from the palette as ImGui wants it.
ImVec4 col(ImU32 c);
/// A fixed, undecorated panel window over [min, max] (ended with ImGui::End).
void beginPanel(const char* name, ImVec2 min, ImVec2 max, bool background);

/// How much help the need hints give: they fade as the player moves through the campaign.
enum class HintLevel { Bars, Icons, BodyLanguageOnly };

/// What the panels need besides the session.
struct PlayView {
    const PlaySession& session;
    const PlayLayout& layout;
    const std::vector<std::string>& keyLabels;  ///< per response: its (remapped) shortcut
    const std::vector<int>& scancodes;          ///< per response: the scancode for that shortcut
    HintLevel hints = HintLevel::Bars;
    bool captions = true;
    bool acceptKeys = true;                     ///< false while paused or a card is open
    const PadShortcuts* pad = nullptr;          ///< response groups and gamepad slots (or none)
    int padGroup = 0;                           ///< the selected group (gamepad, or tab when crowded)
    bool padConnected = false;                  ///< show gamepad glyphs
    bool headSupported = true;                  ///< the player's hand under the head (Space toggles)
    bool cotNotice = false;                     ///< the player pressed on the baby in the cot
    const std::vector<bool>* focus = nullptr;   ///< per response: shown before "More responses"
    bool showAll = true;                        ///< "More responses" was chosen (or no focus)
    double hintDelayS = 0.0;                    ///< a cue's hint waits this long (hintDelayFor)
    float layDownFade = 0.0f;                   ///< 1 -> 0 just after the baby is laid back in the cot
};

/// The hint level for a level at this campaign position (0-based).
HintLevel hintLevelFor(int position, bool hintsOn);
/// Seconds a cue is on show before its hint names a need: the player looks first, and looks
/// longer as the campaign goes on (8 s in the first level, 4 s more per level).
double hintDelayFor(int position);
/// The cues whose hint may show now (at most two): on show for at least delayS, or checked.
std::vector<core::VisibleCue> hintableCues(const std::vector<core::VisibleCue>& cues, double delayS);
/// True when the scene is small for the text size: one caption line, and the baby moves up for it.
bool compactCaptions(const PlayLayout& l, float fontPx);
/// The room and the baby.
void drawScenePanel(const AppContext& ctx, const PlayView& v);
/// Need hints over the scene's top-left corner.
void drawHints(const AppContext& ctx, const PlayView& v);
/// The caption track along the bottom of the scene.
void drawCaptions(const PlayView& v);
/// Title, clock and pause button.
void drawTopBar(const AppContext& ctx, const PlayView& v, UiActions& out);
/// The response buttons in their groups; keys pressed become "respond" actions too.
void drawResponses(const AppContext& ctx, const PlayView& v, UiActions& out);
/// How to handle the baby while a hold, rock or walk runs (or, after a press on the baby in the
/// cot, how to pick it up), over the scene's top-right corner where it is never clipped.
void drawHandlingHelp(const AppContext& ctx, const PlayView& v);
/// The coach's latest line and the caregiver's stress.
void drawCoach(const AppContext& ctx, const PlayView& v);
/// The pause menu: resume, captions and hints, all settings, restart, leave, quit.
void drawPause(const AppContext& ctx, UiActions& out);
/// Every setting on a full window over the paused level, with a way back to the pause menu.
void drawPauseSettings(const AppContext& ctx, const SettingsPanel& panel, UiActions& out);
/// The calm full-screen teaching card after rough handling.
void drawSafetyCard(const AppContext& ctx, const PlaySession& session, UiActions& out);

}  // namespace app
