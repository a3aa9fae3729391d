// The simulation's private state and its step phases (internal to game/core; not for UI code).
#pragma once

#include <memory>
#include <vector>

#include "core/episode_run.h"
#include "core/handling.h"
#include "core/handling_blend.h"
#include "core/rng.h"
#include "core/simulation.h"

namespace core {

/// The response the caregiver is busy with.
struct BusyResponse {
    int response = -1;
    double startS = 0.0;
    double endS = 0.0;
    std::vector<int> episodes;   ///< episodes active when it began
    std::vector<Fit> fits;       ///< their fits, same order
    double soothingSum = 0.0;    ///< handling soothing summed over the response's steps
    int handlingSteps = 0;
    bool headFlopped = false;
    HandBlend handBlend;         ///< joins the player's hand and the synthesised gesture smoothly
};

/// Everything the Simulation owns. Phases are member functions called in order by step().
class SimulationState {
public:
    SimulationState(const Catalog& catalog, const LevelDef& level, const SimConfig& config);

    const Catalog& catalog;
    CatalogIndex index;
    LevelDef level;
    SimConfig config;
    Rng rng;
    double timeS = 0.0;
    long stepNo = 0;
    bool over = false;
    std::vector<EpisodeRun> episodes;
    std::vector<int> active;       ///< episodes showing cues, in level order
    std::vector<int> startOrder;   ///< episodes by start time
    std::size_t nextToStart = 0;   ///< index into startOrder
    std::vector<bool> envActive;
    BusyResponse busy;
    float stress = 0.0f;
    BabyState state = BabyState::QuietAlert;
    bool asleep = false;
    int tiredNeed = -1;  ///< the "tired" need, whose early stage makes the baby drowsy
    double asleepSinceS = 0.0;
    std::unique_ptr<Handling> handling;
    HandlingReading idleReading;
    std::vector<SafetyRecord> safety;
    std::vector<EpisodeScore> scored;
    Observation obs;
    EventList events;

    // Phases (simulation.cpp)
    void startDueEpisodes();
    void updateEnvironment();
    float demandNoise() const;
    void escalate();
    void updateStress();
    void updateState();
    void finishLevel();
    void refreshObservation();
    // Episodes (simulation_episodes.cpp)
    void beginEpisode(EpisodeRun& ep);
    void chooseCue(EpisodeRun& ep, bool emitStarted);
    void setPressure(EpisodeRun& ep, float pressure);
    void endEpisode(EpisodeRun& ep, bool resolved);
    // Responses (simulation_responses.cpp)
    bool canRespond(int response) const;
    Fit fitNow(const EpisodeRun& ep, int response) const;
    void revealNeed(EpisodeRun& ep, const ResponseDef& r);
    void recordMissed(EpisodeRun& ep);
    void startResponse(int response);
    void attributeResponse(EpisodeRun& ep, int response, Fit fit);
    void stepBusy(const StepInput& input);
    /// One step of a hold, rock or walk in arms; false if it was stopped for rough handling.
    bool stepHandling(const StepInput& input, const ResponseDef& r);
    void completeResponse();
    void cancelResponse();
    void stepIdleBody();
    void recordSafety(SafetyKind kind, const std::string& text, int episode);

    /// Appends an event stamped with the current time.
    Event& emit(EventType type);
    /// Episodes currently showing cues, in level order (a copy: safe while episodes end).
    std::vector<int> activeEpisodes() const { return active; }
};

}  // namespace core
