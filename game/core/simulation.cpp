// The fixed-step loop of one level: start episodes, apply input, escalate needs, update the baby.
#include "core/simulation.h"

#include <algorithm>
#include <cmath>

#include "core/episode_timing.h"
#include "core/scoring.h"
#include "core/simulation_state.h"

namespace core {
namespace {

constexpr float kStressRisePerS = 1.0f / 80.0f;   // sustained crying fills stress in ~80 s
constexpr float kStressFallPerS = 1.0f / 150.0f;  // calm lets it ebb slowly
constexpr double kDeepSleepAfterS = 20.0;

}  // namespace

SimulationState::SimulationState(const Catalog& cat, const LevelDef& lvl, const SimConfig& cfg)
    : catalog(cat), index(cat), level(lvl), config(cfg), rng(cfg.seed) {
    if (config.physics) handling = std::make_unique<Handling>();
    state = level.baby.initialState;
    asleep = state == BabyState::DeepSleep || state == BabyState::LightSleep;
    envActive.assign(level.events.size(), false);
    tiredNeed = index.needIndex("tired");
    for (std::size_t i = 0; i < level.episodes.size(); ++i) {
        const EpisodeDef& def = level.episodes[i];
        EpisodeRun ep;
        ep.def = static_cast<int>(i);
        ep.need = index.needIndex(def.need);
        ep.startS = def.startS;
        ep.clarity = def.clarity;
        ep.startStage = def.startStage;
        ep.resistsS = def.resistsS;
        if (ep.need >= 0) {
            const NeedDef& need = catalog.needs[static_cast<std::size_t>(ep.need)];
            ep.kind = need.kind;
            const std::array<float, 3> stageS =
                episodeStageLengths(need, def, level.baby.temperament);
            std::copy(stageS.begin(), stageS.end(), ep.stageS);
        }
        if (level.baby.temperament == Temperament::Intense) ep.reliefScale = 0.85f;
        if (level.baby.temperament == Temperament::SlowToWarm) ep.clarity *= 0.8f;
        episodes.push_back(ep);
        startOrder.push_back(ep.def);
    }
    std::stable_sort(startOrder.begin(), startOrder.end(), [this](int a, int b) {
        return episodes[static_cast<std::size_t>(a)].startS < episodes[static_cast<std::size_t>(b)].startS;
    });
    refreshObservation();
}

Event& SimulationState::emit(EventType type) {
    events.emplace_back();
    events.back().type = type;
    events.back().timeS = timeS;
    return events.back();
}

void SimulationState::startDueEpisodes() {
    while (nextToStart < startOrder.size()) {
        EpisodeRun& ep = episodes[static_cast<std::size_t>(startOrder[nextToStart])];
        if (ep.startS > timeS + 1e-9) break;
        ++nextToStart;
        if (ep.need >= 0) beginEpisode(ep);
    }
}

void SimulationState::updateEnvironment() {
    for (std::size_t i = 0; i < level.events.size(); ++i) {
        const EnvEventDef& e = level.events[i];
        const bool on = timeS >= e.startS && timeS < e.startS + e.durationS;
        if (on == envActive[i]) continue;
        envActive[i] = on;
        Event& ev = emit(on ? EventType::EnvStarted : EventType::EnvEnded);
        ev.envEvent = static_cast<int>(i);
        if (on) ev.text = e.text;
    }
}

float SimulationState::demandNoise() const {
    float noise = 0.0f;
    for (std::size_t i = 0; i < envActive.size(); ++i)
        if (envActive[i]) noise += level.events[i].noise;
    return std::min(1.0f, noise);
}

void SimulationState::escalate() {
    // Competing demands (a ringing phone, a visitor) stir the baby: needs build up to half again
    // as fast while they last, and they compete for the caregiver's attention.
    const float dt = static_cast<float>(config.dtS) * (1.0f + 0.5f * demandNoise());
    for (int e : activeEpisodes()) {
        EpisodeRun& ep = episodes[static_cast<std::size_t>(e)];
        const double age = timeS - ep.startS;
        const bool endsAlone = ep.kind == NeedKind::SelfSettling || ep.kind == NeedKind::Unexplained;
        if (endsAlone && age >= ep.naturalLengthS() && (ep.kind == NeedKind::Unexplained ||
                                                        ep.stage != Stage::Late)) {
            endEpisode(ep, true);
            continue;
        }
        setPressure(ep, std::min(kMissedAt, ep.pressure + ep.risePerS() * dt));
        if (!ep.missed && ep.pressure >= kMissedAt && ep.kind != NeedKind::Unexplained &&
            ep.kind != NeedKind::SelfSettling) {
            recordMissed(ep);  // red flags and unsafe places log a safety event
        }
    }
}

void SimulationState::updateStress() {
    const float dt = static_cast<float>(config.dtS);
    const float rise = level.baby.temperament == Temperament::Intense ? 1.3f : 1.0f;
    if (state == BabyState::Crying)
        stress = std::min(1.0f, stress + kStressRisePerS * rise * dt);
    else
        stress = std::max(0.0f, stress - kStressFallPerS * dt);
}

void SimulationState::updateState() {
    Stage top = Stage::Early;
    bool any = false, selfSettling = false, tiredEarly = false;
    for (int e : active) {
        const EpisodeRun& ep = episodes[static_cast<std::size_t>(e)];
        if (ep.kind == NeedKind::SelfSettling && ep.stage != Stage::Late) {
            selfSettling = true;
            continue;
        }
        if (!any || ep.stage > top) top = ep.stage;
        any = true;
        tiredEarly |= ep.stage == Stage::Early && ep.need == tiredNeed;
    }
    if (any && top != Stage::Early) asleep = false;
    BabyState next = BabyState::QuietAlert;
    if (any && top == Stage::Late) next = BabyState::Crying;
    else if (any && top == Stage::Active) next = BabyState::ActiveAlert;
    else if (asleep || selfSettling)
        next = (timeS - asleepSinceS >= kDeepSleepAfterS && !selfSettling && !any)
                   ? BabyState::DeepSleep
                   : BabyState::LightSleep;
    else if (tiredEarly) next = BabyState::Drowsy;
    if (next == state) return;
    state = next;
    emit(EventType::StateChanged).state = state;
}

void SimulationState::finishLevel() {
    for (EpisodeRun& ep : episodes)
        if (ep.isActive()) endEpisode(ep, false);
    for (EpisodeRun& ep : episodes) {
        if (ep.started || ep.need < 0) continue;
        ep.started = ep.ended = true;  // never reached: scored as not shown
    }
    emit(EventType::LevelEnded);
    over = true;
}

Simulation::Simulation(const Catalog& catalog, const LevelDef& level, const SimConfig& config)
    : m_state(std::make_unique<SimulationState>(catalog, level, config)) {}

Simulation::~Simulation() = default;

const EventList& Simulation::step(const StepInput& input) {
    SimulationState& s = *m_state;
    s.events.clear();
    if (s.over) return s.events;
    s.startDueEpisodes();
    s.updateEnvironment();
    if (input.respond >= 0) s.startResponse(input.respond);
    if (s.busy.response >= 0) s.stepBusy(input);
    else s.stepIdleBody();
    s.escalate();
    s.updateStress();
    s.updateState();
    ++s.stepNo;
    s.timeS = static_cast<double>(s.stepNo) * s.config.dtS;
    if (s.timeS >= s.level.durationS - 1e-9) s.finishLevel();
    s.refreshObservation();
    return s.events;
}

bool Simulation::isOver() const { return m_state->over; }
double Simulation::timeS() const { return m_state->timeS; }
const Observation& Simulation::observe() const { return m_state->obs; }
bool Simulation::canRespond(int response) const { return m_state->canRespond(response); }
const CatalogIndex& Simulation::index() const { return m_state->index; }
const LevelDef& Simulation::level() const { return m_state->level; }

LevelScore Simulation::score() const {
    return scoreLevel(m_state->scored, m_state->safety, m_state->config.relaxed);
}

LevelScore Simulation::scoreStoppedNow() const {
    const SimulationState& s = *m_state;
    LevelScore out = score();
    for (const EpisodeRun& ep : s.episodes) {
        if (!ep.isActive()) continue;
        EpisodeScore e = scoreEpisode(ep, s.level.episodes[static_cast<std::size_t>(ep.def)],
                                      s.index, s.config.relaxed);
        e.unfinished = true;
        e.missed = false;
        e.resolved = false;
        e.sentence = "The run ended while this need was still in progress.";
        out.episodes.push_back(std::move(e));
    }
    return out;
}

BodyPose Simulation::pose() const {
    return m_state->handling ? m_state->handling->pose() : BodyPose{};
}

const HandlingReading& Simulation::handling() const {
    return m_state->handling ? m_state->handling->reading() : m_state->idleReading;
}

long Simulation::physicsSteps() const {
    return m_state->handling ? m_state->handling->stepCount() : 0;
}

}  // namespace core
