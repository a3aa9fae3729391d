// The headless simulation of one level: needs rise and show as cues, responses change them, and
// every fixed step reports what happened as events.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "core/actions.h"
#include "core/catalog_def.h"
#include "core/catalog_index.h"
#include "core/events.h"
#include "core/level_def.h"
#include "core/observation.h"
#include "core/score.h"

namespace core {

/// How to run a level.
struct SimConfig {
    double dtS = 1.0 / 60.0;      ///< fixed game-time step
    std::uint64_t seed = 1;       ///< all randomness comes from here
    bool relaxed = false;         ///< no time pressure: promptness counted in cue stages only
    bool physics = true;          ///< step the Box2D body (off only for fast analytic tools)
    std::vector<HandlingCall>* handlingTrace = nullptr;  ///< if set, records every body step
};

/// Caregiver stress at or above which the sensitive bot steps away during unexplained crying
/// (scoring never reads it: docs/SAFETY-RULES.md, R1).
inline constexpr float kStressHigh = 0.6f;

class SimulationState;

/// One level being played. Deterministic: same catalog, level, config and inputs → same events.
class Simulation {
public:
    Simulation(const Catalog& catalog, const LevelDef& level, const SimConfig& config);
    ~Simulation();
    Simulation(const Simulation&) = delete;
    Simulation& operator=(const Simulation&) = delete;

    /// Advances one fixed step; returns this step's events (valid until the next step).
    const EventList& step(const StepInput& input);
    /// True once the level's duration has passed.
    bool isOver() const;
    /// Game seconds since the level began.
    double timeS() const;
    /// What the caregiver can perceive now.
    const Observation& observe() const;
    /// The score so far (final once isOver()).
    LevelScore score() const;
    /// The score if play stopped now: score() plus every need still in progress, marked
    /// `unfinished` (not missed) and left out of the level's score, stars and rating.
    LevelScore scoreStoppedNow() const;
    /// True if the response can be started now (not disabled in the baby's state).
    bool canRespond(int response) const;
    /// Body transforms for drawing.
    BodyPose pose() const;
    /// The handling measurement (rhythm, gentleness, head support).
    const HandlingReading& handling() const;
    /// The index used for lookups.
    const CatalogIndex& index() const;
    /// The level being played.
    const LevelDef& level() const;
    /// Number of physics steps taken.
    long physicsSteps() const;

private:
    std::unique_ptr<SimulationState> m_state;
};

}  // namespace core
