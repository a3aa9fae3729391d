// Plays a whole level headless with a bot or a script: what attune-sim, the editor's play-test,
// the benchmarks and the tests all call.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/actions.h"
#include "core/catalog_def.h"
#include "core/events.h"
#include "core/level_def.h"
#include "core/score.h"

namespace core {

struct RunRecording;

/// What to play and how.
struct RunOptions {
    std::string policy = "sensitive";  ///< bot policy name, ignored when a script is given
    std::uint64_t seed = 1;
    bool relaxed = false;
    bool physics = true;
    bool keepEvents = false;           ///< copy every event into the result
    const Script* script = nullptr;    ///< timed actions instead of a bot
    double startS = 0.0;               ///< play from this time: earlier steps run with no input
    RunRecording* record = nullptr;    ///< if set, filled with every step's input (core/run_recording.h)
    const RunRecording* replay = nullptr;  ///< play these recorded inputs instead of a bot or script
};

/// The outcome of one run.
struct RunResult {
    LevelScore score;
    std::uint64_t eventHash = 0;       ///< FNV-1a over every event: the determinism fingerprint
    std::size_t eventCount = 0;
    long physicsSteps = 0;
    std::vector<std::string> cuesSeen; ///< ids of the cues shown, in the order they appeared
    EventList events;                  ///< only with keepEvents
};

/// Hashes one event into a running FNV-1a 64-bit value.
std::uint64_t hashEvent(std::uint64_t h, const Event& e);
/// Plays one level to the end.
RunResult runLevel(const Catalog& catalog, const LevelDef& level, const RunOptions& options);
/// Plays `runs` runs with seeds options.seed, options.seed+1, ... spread over `threads` threads
/// (0 = all cores). Results are in seed order whatever the thread count.
std::vector<RunResult> runMany(const Catalog& catalog, const LevelDef& level,
                               const RunOptions& options, int runs, int threads = 0);
/// Mean level score (0..100) of results.
double meanScore(const std::vector<RunResult>& results);

}  // namespace core
