// What a simulation step reports, as data: the score log, captions, sound and replay all read these.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/enums.h"

namespace core {

/// Kinds of event a step can emit.
enum class EventType : std::uint8_t {
    CueStarted,       ///< a cue began showing (cue, stage, episode)
    CueStageChanged,  ///< an episode's need escalated to a new stage (cue, stage, episode)
    CueEnded,         ///< the cue stopped showing (cue, episode)
    StateChanged,     ///< the baby's behavioural state changed (state)
    ResponseStarted,  ///< the caregiver began a response (response, fit, episode)
    ResponseEnded,    ///< the response finished (response)
    Revealed,         ///< a check revealed what is behind a cue (episode, need, text)
    NeedResolved,     ///< an episode's need was met or settled (episode, need)
    EpisodeScored,    ///< an episode was scored (episode, value = 0..1, text = coach's sentence)
    SafetyEvent,      ///< a safety event (safety, text)
    EnvStarted,       ///< an environment event began (envEvent, text)
    EnvEnded,         ///< an environment event ended (envEvent)
    Feedback,         ///< in-the-moment coaching line (text, episode)
    LevelEnded        ///< the level is over
};

inline constexpr const char* kEventTypeNames[] = {
    "cue_started",  "cue_stage_changed", "cue_ended",     "state_changed", "response_started",
    "response_ended", "revealed",        "need_resolved", "episode_scored", "safety_event",
    "env_started",  "env_ended",         "feedback",      "level_ended"};

/// One event. Unused handles are -1. Handles index the catalog or the level's vectors.
struct Event {
    EventType type = EventType::LevelEnded;
    double timeS = 0.0;       ///< game seconds since the level began
    int episode = -1;         ///< index into LevelDef::episodes
    int cue = -1;             ///< index into Catalog::cues
    int need = -1;            ///< index into Catalog::needs
    int response = -1;        ///< index into Catalog::responses
    int envEvent = -1;        ///< index into LevelDef::events
    Stage stage = Stage::Early;
    BabyState state = BabyState::QuietAlert;
    Fit fit = Fit::Mismatch;
    SafetyKind safety = SafetyKind::RoughHandling;
    bool neutral = false;     ///< response_started/feedback: a neutral step (a check, seeking help
                              ///< for an ordinary need, stepping away): neither a fit nor a misreading
    float value = 0.0f;       ///< event-specific number (episode score 0..1)
    std::string text;         ///< caption or coaching sentence
};

using EventList = std::vector<Event>;

}  // namespace core
