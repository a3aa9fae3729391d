// A play-test of the level being edited: the real simulation, from any time, played by hand or by a bot.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/bots.h"
#include "core/catalog_def.h"
#include "core/level_def.h"
#include "core/simulation.h"

namespace editor {

/// How to play.
struct PlayTestDef {
    std::string policy;    ///< "" = by hand, else a bot policy name ("sensitive", "slow" ...)
    double startS = 0.0;   ///< the time before is stepped with no input, as core::RunOptions::startS
    std::uint64_t seed = 1;
};

/// One running play-test on a copy of the level (editing goes on untouched underneath).
class PlayTest {
public:
    PlayTest(const core::Catalog& catalog, const core::LevelDef& level, const PlayTestDef& def);
    /// Fixed steps (1/60 s each) to play; a hand response queued with respond() goes in the first.
    void advance(int steps);
    /// Starts this response (catalog index) on the next step.
    void respond(int response) { m_queued = response; }
    /// The simulation, for drawing.
    const core::Simulation& sim() const { return *m_sim; }
    /// The level copy being played.
    const core::LevelDef& level() const { return m_level; }
    /// How it is played.
    const PlayTestDef& def() const { return m_def; }
    /// True once the level's time has run out.
    bool isOver() const { return m_sim->isOver(); }
    /// The latest coach line (why a response fitted or not), if any.
    const std::string& lastCoach() const { return m_coach; }

private:
    void handGesture(core::StepInput& in) const;

    core::LevelDef m_level;
    PlayTestDef m_def;
    std::unique_ptr<core::Simulation> m_sim;
    std::optional<core::Bot> m_bot;
    int m_queued = -1;
    std::string m_coach;
};

/// Fixed step of every play-test, game seconds.
inline constexpr double kPlayDtS = 1.0 / 60.0;

}  // namespace editor
