// Episodes: when they begin, which cue they show at each stage, how pressure moves, how they end.
#include <algorithm>

#include "core/scoring.h"
#include "core/simulation_state.h"

namespace core {
namespace {

// The episode's own cue list at a stage, or the catalog's cues for its need.
std::vector<int> candidateCues(const SimulationState& s, const EpisodeRun& ep) {
    const EpisodeDef& def = s.level.episodes[static_cast<std::size_t>(ep.def)];
    std::vector<int> own, anyStage;
    for (const std::string& id : def.cues) {
        const int c = s.index.cueIndex(id);
        if (c < 0) continue;
        anyStage.push_back(c);
        if (s.catalog.cues[static_cast<std::size_t>(c)].stage == ep.stage) own.push_back(c);
    }
    if (!own.empty()) return own;
    const std::vector<int>& fromCatalog = s.index.cuesFor(ep.need, ep.stage);
    if (!fromCatalog.empty()) return fromCatalog;
    if (!anyStage.empty()) return anyStage;
    for (int st = 2; st >= 0; --st) {  // a need with no cue at this stage shows its nearest one
        const auto& other = s.index.cuesFor(ep.need, static_cast<Stage>(st));
        if (!other.empty()) return other;
    }
    return {};
}

}  // namespace

void SimulationState::beginEpisode(EpisodeRun& ep) {
    ep.started = true;
    active.insert(std::lower_bound(active.begin(), active.end(), ep.def), ep.def);
    ep.startS = timeS;
    ep.stage = ep.startStage;  // an episode can appear already escalated (back from the shower)
    ep.pressure = EpisodeRun::stageFloor(ep.stage);
    ep.stageStartS = timeS;
    for (int st = 0; st < 3; ++st)
        ep.stageReachedS[static_cast<std::size_t>(st)] = st <= static_cast<int>(ep.stage) ? timeS : -1.0;
    chooseCue(ep, true);
}

void SimulationState::chooseCue(EpisodeRun& ep, bool emitStarted) {
    std::vector<int> pool = candidateCues(*this, ep);
    if (pool.empty()) return;
    std::vector<int> potent, subtle;
    for (int c : pool)
        (catalog.cues[static_cast<std::size_t>(c)].potency == Potency::Potent ? potent : subtle)
            .push_back(c);
    // Clarity decides between clear and subtle cues; one draw per choice keeps runs reproducible.
    const double draw = rng.uniform();
    const std::vector<int>& from =
        potent.empty() ? subtle : subtle.empty() ? potent : (draw < ep.clarity ? potent : subtle);
    ep.cue = from[static_cast<std::size_t>(rng.below(static_cast<int>(from.size())))];
    ep.cueSinceS = timeS;
    ep.cuesSeen.push_back(ep.cue);
    Event& ev = emit(emitStarted ? EventType::CueStarted : EventType::CueStageChanged);
    ev.episode = ep.def;
    ev.cue = ep.cue;
    ev.need = ep.need;
    ev.stage = ep.stage;
    ev.text = catalog.cues[static_cast<std::size_t>(ep.cue)].seen;
}

void SimulationState::setPressure(EpisodeRun& ep, float pressure) {
    // Crying that resists soothing: care eases it within its stage but cannot bring it down one.
    if (ep.isResisting(timeS)) pressure = std::max(pressure, EpisodeRun::stageFloor(ep.stage));
    ep.pressure = std::clamp(pressure, 0.0f, kMissedAt);
    const Stage next = EpisodeRun::stageOf(std::max(ep.pressure, kEarlyAt));
    if (next == ep.stage) return;
    ep.stage = next;
    ep.stageStartS = timeS;
    double& reached = ep.stageReachedS[static_cast<std::size_t>(next)];
    if (reached < 0.0) reached = timeS;
    chooseCue(ep, false);
}

void SimulationState::endEpisode(EpisodeRun& ep, bool resolved) {
    ep.ended = true;
    active.erase(std::find(active.begin(), active.end(), ep.def));
    ep.resolved = resolved;
    ep.endS = timeS;
    if (busy.response >= 0) {
        auto it = std::find(busy.episodes.begin(), busy.episodes.end(), ep.def);
        if (it != busy.episodes.end()) {
            busy.fits.erase(busy.fits.begin() + (it - busy.episodes.begin()));
            busy.episodes.erase(it);
        }
    }
    if (ep.cue >= 0) {
        Event& ended = emit(EventType::CueEnded);
        ended.episode = ep.def;
        ended.cue = ep.cue;
    }
    if (resolved) {
        Event& ev = emit(EventType::NeedResolved);
        ev.episode = ep.def;
        ev.need = ep.need;
    }
    EpisodeScore sc = scoreEpisode(ep, level.episodes[static_cast<std::size_t>(ep.def)], index,
                                   config.relaxed);
    Event& ev = emit(EventType::EpisodeScored);
    ev.episode = ep.def;
    ev.need = ep.need;
    ev.value = sc.score;
    ev.text = sc.sentence;
    scored.push_back(std::move(sc));
}

void SimulationState::refreshObservation() {
    obs.timeS = timeS;
    obs.durationS = level.durationS;
    obs.state = state;
    obs.stress = stress;
    obs.busyResponse = busy.response;
    obs.busyRemainingS = busy.response >= 0 ? std::max(0.0, busy.endS - timeS) : 0.0;
    obs.held = handling && handling->isHeld();
    obs.rolls = level.baby.rolls;
    obs.activeEnvEvents.clear();
    for (std::size_t i = 0; i < envActive.size(); ++i)
        if (envActive[i]) obs.activeEnvEvents.push_back(static_cast<int>(i));
    obs.cues.clear();
    for (int e : active) {
        const EpisodeRun& ep = episodes[static_cast<std::size_t>(e)];
        if (ep.cue < 0) continue;
        VisibleCue v;
        v.episode = ep.def;
        v.cue = ep.cue;
        v.stage = ep.stage;
        v.sinceS = timeS - ep.cueSinceS;
        v.stageSinceS = timeS - ep.stageStartS;
        v.revealedNeed = ep.revealed ? ep.need : -1;
        obs.cues.push_back(v);
    }
    // Most urgent first: later stage, then the cue that has waited longest.
    std::stable_sort(obs.cues.begin(), obs.cues.end(), [](const VisibleCue& a, const VisibleCue& b) {
        if (a.stage != b.stage) return a.stage > b.stage;
        return a.stageSinceS > b.stageSinceS;
    });
    obs.look = DepictionDef{};
    if (!obs.cues.empty()) {
        obs.look = catalog.cues[static_cast<std::size_t>(obs.cues.front().cue)].depiction;
    } else if (state == BabyState::DeepSleep || state == BabyState::LightSleep) {
        obs.look.eyes = state == BabyState::LightSleep ? Eyes::Rem : Eyes::Closed;
        obs.look.gaze = Gaze::None;
        obs.look.motion = state == BabyState::LightSleep ? 0.1f : 0.0f;
        obs.look.breathingRate = state == BabyState::LightSleep ? 1.2f : 0.8f;
    }
}

}  // namespace core
