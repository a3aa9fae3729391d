// A run as data (level, seed, relaxed, timed actions) and the recorder and replayer that turn
// StepInputs into that data and back, so a replay reproduces the run's events bit for bit.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/actions.h"
#include "core/catalog_def.h"
#include "core/catalog_index.h"
#include "core/level_def.h"
#include "core/runner.h"
#include "core/simulation.h"

namespace core {

/// A response started on one fixed step.
struct RecordedResponse {
    long step = 0;         ///< index of the fixed step (0 = the first step)
    std::string response;  ///< response id
};

/// `steps` consecutive fixed steps that all carried the same hand sample.
struct HandRun {
    long step = 0;   ///< first step of the run
    long steps = 1;  ///< how many steps it lasts (>= 1)
    HandSample hand;
};

/// Everything needed to play a run again: same level, seed and inputs give the same events.
struct RunRecording {
    std::string levelId;
    std::uint64_t seed = 1;
    bool relaxed = false;
    long steps = 0;                           ///< fixed steps recorded
    std::vector<RecordedResponse> responses;  ///< in step order
    std::vector<HandRun> hands;               ///< in step order, not overlapping
};

/// Watches the StepInput given to each step and builds a RunRecording.
class RunRecorder {
  public:
    RunRecorder(const CatalogIndex& index, std::string levelId, std::uint64_t seed, bool relaxed);
    /// Records the input of the next step (call once per Simulation::step, in order).
    void record(const StepInput& input);
    /// What has been recorded so far.
    const RunRecording& recording() const { return m_rec; }

  private:
    const CatalogIndex& m_index;
    RunRecording m_rec;
};

/// Produces the recorded StepInput for each step in turn.
class RunReplayer {
  public:
    RunReplayer(const RunRecording& recording, const CatalogIndex& index);
    /// The input for the next step (steps past the recording get an empty input).
    StepInput next();
    /// The step the next call to next() is for.
    long step() const { return m_step; }

  private:
    const RunRecording& m_rec;
    std::vector<int> m_responseIds;
    std::size_t m_nextResponse = 0;
    std::size_t m_nextHand = 0;
    long m_step = 0;
};

/// Plays a recording to the end headless: the same score and event hash as the recorded run.
RunResult replayRun(const Catalog& catalog, const LevelDef& level, const RunRecording& recording,
                    bool keepEvents = false);

/// A replay that can be stepped and scrubbed: seeking re-simulates from the start, because
/// restoring a Box2D snapshot does not reproduce a run.
class ReplayCursor {
  public:
    ReplayCursor(const Catalog& catalog, const LevelDef& level, const RunRecording& recording);
    ~ReplayCursor();
    /// One fixed step; returns its events.
    const EventList& step();
    /// Re-simulates from the start up to game time tS (0..duration); returns the events on the way.
    EventList seek(double tS);
    /// The simulation at the current time (for drawing and scores).
    const Simulation& sim() const { return *m_sim; }
    /// True once the level is over.
    bool isOver() const { return m_sim->isOver(); }

  private:
    void restart();
    const Catalog& m_catalog;
    const LevelDef& m_level;
    const RunRecording& m_rec;
    std::unique_ptr<Simulation> m_sim;
    std::unique_ptr<RunReplayer> m_replayer;
};

}  // namespace core
