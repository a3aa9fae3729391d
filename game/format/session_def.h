// A facilitator session as plain data: who plays, which levels, how, and every finished run with
// its recording and score. format/session_file.h reads and writes it as JSON.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/run_recording.h"
#include "core/score.h"

namespace format {

/// How the class plays. Data names: "hot_seat" (each participant plays in turn), "group" (the
/// facilitator drives, the room or a team decides).
enum class SessionMode : std::uint8_t { HotSeat, Group };
inline constexpr std::array<std::string_view, 2> kSessionModeNames{"hot_seat", "group"};

/// One finished run of one level by one participant (or team).
struct SessionRun {
    int participant = 0;           ///< index into Session::participants
    std::string level;             ///< level id
    core::RunRecording recording;  ///< replays the run bit for bit
    core::LevelScore score;        ///< the final score, every episode
};

/// A whole session. Participants are people in hot-seat mode and teams in group mode; a name may
/// be empty (shown as "Participant 3" or "Team 3").
struct Session {
    int formatVersion = 1;
    std::string name;
    std::string date;  ///< as the facilitator typed it, e.g. "2026-11-28"
    SessionMode mode = SessionMode::HotSeat;
    std::vector<std::string> participants;  ///< names, "" for anonymous
    std::vector<std::string> playlist;      ///< level ids in play order
    bool showLeaderboard = false;           ///< individual scores on the projector (off by default)
    bool pauseOnCue = false;                ///< freeze at each new cue to discuss it
    bool relaxed = false;                   ///< no time pressure
    double turnLimitS = 0.0;  ///< a turn ends after this many game seconds (0: the whole level)
    std::uint64_t seed = 1;                 ///< every participant meets the same baby on a level
    std::vector<SessionRun> runs;           ///< in the order they were played
};

/// Whose turn it is: a participant and a playlist position.
struct SessionTurn {
    int participant = 0;
    int playlistIndex = 0;
    bool done = false;  ///< every participant has played every level
};

/// Number of participants or teams (at least 1: an empty list is one anonymous group).
int participantCount(const Session& s);
/// "Sam", or "Participant 2" / "Team 2" for an anonymous one (index is 0-based).
std::string participantLabel(const Session& s, int participant);
/// True if this participant already has a run of this level.
bool hasRun(const Session& s, int participant, const std::string& level);
/// True when game time stood still at each cue while the room talked, so seconds to care are
/// not a measure of anyone's reading time (the reports say so instead of showing them).
inline bool timingMeasured(const Session& s) { return !s.pauseOnCue; }
/// Game seconds one turn of this level takes: the level's length, or the turn limit if shorter.
double turnLengthS(const Session& s, double levelDurationS);
/// The next turn: levels in playlist order, each played by every participant in turn; a resumed
/// session continues at the first turn with no run.
SessionTurn nextTurn(const Session& s);

}  // namespace format
