// One level being played: the simulation, an optional bot, and what the screen shows from its
// events (captions, the coach's lines, the timeline). Logic only — nothing here draws.
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <string>

#include "app/run_record.h"
#include "core/bots.h"
#include "core/simulation.h"

namespace app {

/// A line in the caption track.
struct Caption {
    double timeS = 0.0;
    std::string text;
};

/// A line from the coach. tone: 0 neutral, 1 warm praise, 2 gentle correction.
struct CoachLine {
    double timeS = 0.0;
    std::string text;
    int tone = 0;
};

/// How to play.
struct SessionDef {
    std::string levelId;
    bool relaxed = false;
    std::optional<core::Policy> autoplay;  ///< a bot plays instead of the player
    std::uint64_t seed = 1;
};

/// Steps the simulation and turns its events into things to show.
class PlaySession {
public:
    PlaySession(const core::Catalog& catalog, const core::LevelDef& level, const SessionDef& def);

    /// Starts this response on the next step (ignored if it cannot be given now).
    void queueResponse(int response);
    /// The player's hand this step (while a hold, rock or walk response runs), metres.
    void setHand(const core::HandSample& hand) { m_hand = hand; m_hasHand = true; }
    /// One fixed step. Does nothing once over or stopped for safety.
    void step();
    /// Plays the rest of the level headless (results runs).
    void runToEnd();
    /// True once the level has ended.
    bool isOver() const { return m_sim->isOver(); }
    /// True after rough handling: play stops for the teaching card.
    bool isStoppedForSafety() const { return m_safetyStop; }
    /// The teaching text of the last rough-handling event.
    const std::string& safetyText() const { return m_safetyText; }
    /// Lets play continue after the teaching card.
    void resumeAfterSafety() { m_safetyStop = false; }
    /// The simulation (const: drawing reads it).
    const core::Simulation& sim() const { return *m_sim; }
    /// The newest captions, oldest first.
    const std::deque<Caption>& captions() const { return m_captions; }
    /// The newest coach line, if any.
    const std::optional<CoachLine>& coach() const { return m_coach; }
    /// The events of the last step (for sound).
    const core::EventList& lastEvents() const { return m_lastEvents; }
    /// The timeline so far, with the final score once over.
    RunRecord record() const;
    /// True if a bot is playing.
    bool isAutoplay() const { return m_bot.has_value(); }
    /// Ids of the cues shown so far, in the order they appeared (as attune-sim's cues_seen).
    const std::vector<std::string>& cuesSeen() const { return m_cuesSeen; }

private:
    void read(const core::Event& e);
    void openBand(int episode, core::Stage stage, int cue, double tS);
    void closeBand(int episode, double tS);
    void caption(const core::Event& e);

    const core::Catalog& m_catalog;
    std::unique_ptr<core::Simulation> m_sim;
    std::optional<core::Bot> m_bot;
    int m_queued = -1;
    core::HandSample m_hand;
    bool m_hasHand = false;
    bool m_safetyStop = false;
    std::string m_safetyText;
    core::EventList m_lastEvents;
    std::deque<Caption> m_captions;
    std::optional<CoachLine> m_coach;
    RunRecord m_record;
    std::vector<double> m_firstCueS;
    std::vector<std::string> m_cuesSeen;
};

}  // namespace app
