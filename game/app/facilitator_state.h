// The facilitator session the game has open, shared by the session screens: the session itself,
// where it is saved, and which run the replay screen shows.
#pragma once

#include <string>
#include <vector>

#include "app/app_context.h"
#include "app/play_session.h"
#include "app/screen.h"
#include "core/run_recording.h"
#include "format/session_def.h"
#include "format/session_report.h"

namespace app {

/// The open facilitator session (at most one at a time).
struct FacilitatorState {
    format::Session session;
    std::string path;  ///< the session file; saved after every run
    bool isOpen = false;
    bool saveFailed = false;  ///< the last save did not reach the disk (runs still in memory)
    int replayRun = -1;      ///< index into session.runs for the replay screen
    int replayEpisode = -1;  ///< episode to jump to when the replay opens; -1 = the start
    ScreenId replayBack = ScreenId::SessionDebrief;  ///< where the replay's Back button leads
};

/// The one facilitator state. Kept here rather than in AppContext so the session screens stay
/// additive to the game; only these screens touch it.
FacilitatorState& facilitator();
/// DATA_DIR/sessions for this run of the game (honours --data-dir).
std::string sessionDir(const AppContext& ctx);
/// Makes a new session current and saves it to a new file (never over an earlier session);
/// false with a notice if it cannot be written.
bool startSession(AppContext& ctx, format::Session session);
/// Opens a saved session; a backup fallback or a failure becomes a notice.
bool openSession(AppContext& ctx, const std::string& path);
/// Opens the most recently saved session in sessionDir() when none is open; false if none.
bool ensureSessionOpen(AppContext& ctx);
/// Saves the open session atomically (with its .bak); false with a notice on failure.
bool saveOpenSession(AppContext& ctx);
/// Level titles, need and cue names and prompts for the open session's playlist.
format::ReportNames sessionNames(const AppContext& ctx);
/// Writes STEM.report.html, .csv and .json beside the session file (attune-report's code);
/// returns the paths written, or an empty list with *error set.
std::vector<std::string> exportReports(const AppContext& ctx, std::string* error);
/// Steps a play session with this queued response (-1 none) and hand sample (null none), and
/// records exactly the StepInput PlaySession::step builds from them, so the run replays bit for
/// bit.
void stepRecorded(PlaySession& session, core::RunRecorder& recorder, int queued,
                  const core::HandSample* hand);
/// Turns the projector preset (large text, high contrast) on or off in the current settings.
void setProjectorPreset(AppContext& ctx, bool on);
/// True when the current settings look like the projector preset.
bool isProjectorPreset(const AppContext& ctx);

}  // namespace app
