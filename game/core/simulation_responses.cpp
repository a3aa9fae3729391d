// Responses: starting one (and how it fits each active episode), handling while it runs, its effect.
#include <algorithm>
#include <string>

#include "core/coach_text.h"
#include "core/simulation_state.h"

namespace core {
namespace {

const char* gestureStyle(Gesture g) {
    return g == Gesture::Walk ? "walk" : g == Gesture::Rock ? "rock" : "still";
}

const char* kRoughTeaching =
    "Let's pause. That movement was too rough for a baby's head and neck. Crying can feel "
    "unbearable, and it is always OK to put the baby on their back in the cot and step away "
    "to calm down. Never shake a baby.";

const char* kHeadTeaching =
    "Young babies cannot hold their heads up yet. Keep a hand under the head and neck every "
    "time you lift or move them.";

const char* kHelpIsOk =
    "Asking for advice is always OK when you are worried. It does not change what the baby needs "
    "right now, so keep reading the cues.";

// The safety event a harmful response logs: the need's own kind (unsafe sleep, a swaddled roller)
// or harmful care.
SafetyKind harmKind(const ResponseDef& r, const NeedDef& need, bool rolls) {
    if (r.unsafeOnceRolling && rolls) return SafetyKind::UnsafeSwaddle;
    if (need.missedSafety) return *need.missedSafety;
    return SafetyKind::HarmfulCare;
}

// What the caregiver is told when a red flag or an unsafe place runs out unanswered.
std::string missedText(const NeedDef& need) {
    if (need.kind == NeedKind::RedFlag)
        return need.urgency == Urgency::Emergency
                   ? "This sign needed emergency care. When you see it, call 999 or go to A&E "
                     "straight away."
                   : "This sign needed a doctor today. When you see it, call your GP, health "
                     "visitor or NHS 111 straight away.";
    if (need.missedSafety == SafetyKind::UnsafeSwaddle)
        return "The baby stayed swaddled while trying to roll. Once a baby tries to roll, use a "
               "sleep bag with the arms free.";
    return "The baby was left to sleep somewhere unsafe. Move a sleeping baby to a flat, bare cot, "
           "on their back.";
}

// Seeking help, stepping away and checking are neutral steps for a need they do not list as
// fitting: not a reading of the need, so never a misreading (docs/SAFETY-RULES.md, R1 and R3).
bool isNeutralStep(const ResponseDef& r, Fit fit) {
    if (fit == Fit::Best || fit == Fit::Acceptable) return false;
    return r.reveals || ((r.seeksHelp || r.stepAway) && fit == Fit::Mismatch);
}

}  // namespace

bool SimulationState::canRespond(int response) const {
    if (over || response < 0 || response >= static_cast<int>(catalog.responses.size()))
        return false;
    const auto& off = catalog.responses[static_cast<std::size_t>(response)].unavailableIn;
    return std::find(off.begin(), off.end(), state) == off.end();
}

void SimulationState::recordSafety(SafetyKind kind, const std::string& text, int episode) {
    safety.push_back({kind, timeS, text});
    Event& ev = emit(EventType::SafetyEvent);
    ev.safety = kind;
    ev.text = text;
    ev.episode = episode;
}

Fit SimulationState::fitNow(const EpisodeRun& ep, int response) const {
    const ResponseDef& r = catalog.responses[static_cast<std::size_t>(response)];
    if (r.unsafeOnceRolling && level.baby.rolls) return Fit::Harmful;
    const Fit fit = index.fitFor(ep.need, response, ep.stage);
    // A watch-first cue (lip movements in light sleep): watching a few seconds is best, acting at
    // once is acceptable at most.
    if (ep.cue < 0 || !catalog.cues[static_cast<std::size_t>(ep.cue)].watchFirst) return fit;
    if (response == index.watchWaitResponse()) return fit == Fit::Acceptable ? Fit::Best : fit;
    return fit == Fit::Best ? Fit::Acceptable : fit;
}

void SimulationState::revealNeed(EpisodeRun& ep, const ResponseDef& r) {
    const NeedDef& need = catalog.needs[static_cast<std::size_t>(ep.need)];
    // Touch tells "hot", only a thermometer tells a fever (docs/SAFETY-RULES.md, R7).
    bool names = true;
    std::string text = revealText(need);
    if (r.thermometer) {
        names = !need.readingText.empty();
        text = names ? need.readingText : "The temperature is normal: this is not a fever.";
    } else if (!need.touchText.empty()) {
        names = false;
        text = need.touchText;
    }
    ep.revealed = ep.revealed || names;
    Event& ev = emit(EventType::Revealed);
    ev.episode = ep.def;
    ev.need = names ? ep.need : -1;
    ev.text = text;
}

void SimulationState::recordMissed(EpisodeRun& ep) {
    ep.missed = true;
    const NeedDef& need = catalog.needs[static_cast<std::size_t>(ep.need)];
    if (ep.kind == NeedKind::RedFlag)
        recordSafety(SafetyKind::MissedRedFlag, missedText(need), ep.def);
    else if (need.missedSafety)
        recordSafety(*need.missedSafety, missedText(need), ep.def);
}

void SimulationState::startResponse(int response) {
    if (!canRespond(response)) return;
    if (busy.response >= 0) cancelResponse();
    const ResponseDef& r = catalog.responses[static_cast<std::size_t>(response)];
    busy = BusyResponse{};
    busy.response = response;
    busy.startS = timeS;
    busy.endS = timeS + r.durationS;
    // A response that fits one open need is taken as aimed at it: it does not count as a
    // misreading of the others. One that fits none counts against every open need.
    const std::vector<int> open = activeEpisodes();
    bool aimed = false, aimedBest = false;
    for (int e : open) {
        const Fit f = fitNow(episodes[static_cast<std::size_t>(e)], response);
        aimed |= f == Fit::Best || f == Fit::Acceptable;
        aimedBest |= f == Fit::Best;
    }
    for (int e : open) {
        EpisodeRun& ep = episodes[static_cast<std::size_t>(e)];
        const Fit fit = fitNow(ep, response);
        if (r.reveals) revealNeed(ep, r);
        const bool neutral = isNeutralStep(r, fit);
        // Aimed at another need, a mismatch is no misreading of this one; and watching that is
        // best for another need (cool hands) is no choice to wait on this one (left unanswered,
        // it still runs out as missed).
        const bool waiting = response == index.watchWaitResponse() && fit == Fit::Harmful;
        if (!neutral && ((aimed && fit == Fit::Mismatch) || (aimedBest && waiting))) continue;
        if (neutral && r.stepAway) continue;  // a pause: it neither answers nor misreads this need
        ep.responses.push_back({timeS, response, fit, ep.stage, timeS - ep.stageStartS, neutral});
        if (!neutral) attributeResponse(ep, response, fit);
    }
    if (r.seeksHelp && !aimed && !open.empty()) {
        Event& fb = emit(EventType::Feedback);
        fb.response = response;
        fb.neutral = true;
        fb.text = kHelpIsOk;
    }
    if (r.stimulation > 0.3f && busy.episodes.empty()) asleep = false;
    if (handling && r.gesture != Gesture::None) {
        handling->setHeld(true);
        handling->resetPeak();
    }
    Event& ev = emit(EventType::ResponseStarted);
    ev.response = response;
    ev.fit = busy.fits.empty() ? Fit::Mismatch : busy.fits.front();
    ev.neutral = busy.fits.empty() && (r.reveals || r.seeksHelp || r.stepAway);
    ev.episode = busy.episodes.empty() ? -1 : busy.episodes.front();
}

void SimulationState::attributeResponse(EpisodeRun& ep, int response, Fit fit) {
    const ResponseDef& r = catalog.responses[static_cast<std::size_t>(response)];
    const FitDef* entry = index.fitEntry(ep.need, response);
    if (fit == Fit::Harmful)
        recordSafety(harmKind(r, catalog.needs[static_cast<std::size_t>(ep.need)], level.baby.rolls),
                     coachLine(r, fit, ep.stage, entry), ep.def);
    busy.episodes.push_back(ep.def);
    busy.fits.push_back(fit);
    Event& fb = emit(EventType::Feedback);
    fb.episode = ep.def;
    fb.response = response;
    fb.fit = fit;
    fb.text = coachLine(r, fit, ep.stage, entry);
}

void SimulationState::stepBusy(const StepInput& input) {
    const ResponseDef& r = catalog.responses[static_cast<std::size_t>(busy.response)];
    const bool handled = handling && r.gesture != Gesture::None;
    if (handled) {
        if (!stepHandling(input, r)) return;
    } else {
        stepIdleBody();
    }
    // A hold, rock or walk lasts while the player keeps holding on (a hand sample each step).
    const bool holdingOn = handled && input.hasHand;
    if (timeS + 1e-9 >= busy.endS && !holdingOn) completeResponse();
}

bool SimulationState::stepHandling(const StepInput& input, const ResponseDef& r) {
    // The player's hand when there is one, else the response's own gesture; switching between
    // them blends over HandBlend::kBlendS so the body never jumps (which would read as rough).
    const HandSample raw =
        input.hasHand ? input.hand : synthGesture(gestureStyle(r.gesture), timeS - busy.startS);
    const HandSample sample = busy.handBlend.next(
        raw, input.hasHand ? HandSource::Player : HandSource::Synth, static_cast<float>(config.dtS));
    handling->step(sample);
    if (config.handlingTrace)
        config.handlingTrace->push_back(
            {true, Limbs::Still, Hands::Relaxed, Posture::Neutral, 0.0f, sample});
    const HandlingReading& reading = handling->reading();
    busy.soothingSum += reading.soothing;
    ++busy.handlingSteps;
    if (reading.rough) {
        recordSafety(SafetyKind::RoughHandling, kRoughTeaching, -1);
        for (int e : activeEpisodes()) {
            episodes[static_cast<std::size_t>(e)].safetyStop = true;
            endEpisode(episodes[static_cast<std::size_t>(e)], false);
        }
        cancelResponse();
        return false;
    }
    if (reading.headFlop && !busy.headFlopped) {
        busy.headFlopped = true;
        recordSafety(SafetyKind::HeadUnsupported, kHeadTeaching, -1);
    }
    return true;
}

void SimulationState::completeResponse() {
    const ResponseDef& r = catalog.responses[static_cast<std::size_t>(busy.response)];
    float handlingFactor = 1.0f;
    if (handling && r.gesture != Gesture::None && busy.handlingSteps > 0)
        handlingFactor = 0.6f + 0.4f * static_cast<float>(busy.soothingSum / busy.handlingSteps);
    if (busy.headFlopped) handlingFactor *= 0.5f;
    const std::vector<int> eps = busy.episodes;
    const std::vector<Fit> fits = busy.fits;
    for (std::size_t i = 0; i < eps.size(); ++i) {
        EpisodeRun& ep = episodes[static_cast<std::size_t>(eps[i])];
        if (!ep.isActive()) continue;
        const FitDef* entry = index.fitEntry(ep.need, busy.response);
        const float relief = (entry ? entry->relief : r.stepAway ? 0.0f : 0.3f) * ep.reliefScale * handlingFactor;
        float p = ep.pressure;
        switch (fits[i]) {
            case Fit::Best: p -= relief; break;
            case Fit::Acceptable: p -= relief * 0.5f; break;
            case Fit::Intrusive: p += ep.kind == NeedKind::SelfSettling ? 0.25f : 0.1f; break;
            case Fit::Harmful: p += 0.15f; break;
            case Fit::Mismatch: break;
        }
        if (ep.kind == NeedKind::Unexplained) p = std::max(p, kEarlyAt + 0.02f);
        // A red flag stays open until help is sought; then the professional takes over.
        const bool helpSought = r.seeksHelp && (fits[i] == Fit::Best || fits[i] == Fit::Acceptable);
        if (ep.kind == NeedKind::RedFlag) p = helpSought ? 0.0f : std::max(p, ep.pressure);
        if (p < kEarlyAt) endEpisode(ep, true);
        else setPressure(ep, p);
    }
    if (r.stepAway) {
        stress = std::max(0.0f, stress - 0.6f);
        Event& fb = emit(EventType::Feedback);
        fb.response = busy.response;
        fb.neutral = true;  // about the caregiver, not a reading of the baby's need
        fb.text = "You laid the baby on their back in the cot and took a breather. Stepping away "
                  "safely when it gets too much is a good choice.";
    }
    if (r.id == "put_down_back" && activeEpisodes().empty()) {
        asleep = true;
        asleepSinceS = timeS;
    }
    Event& ev = emit(EventType::ResponseEnded);
    ev.response = busy.response;
    if (handling && r.gesture != Gesture::None) handling->setHeld(false);
    busy = BusyResponse{};
}

void SimulationState::cancelResponse() {
    if (busy.response < 0) return;
    const ResponseDef& r = catalog.responses[static_cast<std::size_t>(busy.response)];
    Event& ev = emit(EventType::ResponseEnded);
    ev.response = busy.response;
    if (handling && r.gesture != Gesture::None) handling->setHeld(false);
    busy = BusyResponse{};
}

void SimulationState::stepIdleBody() {
    if (!handling) return;
    const DepictionDef& look = obs.look;
    handling->setIntent(look.limbs, look.hands, look.posture, look.motion);
    handling->step(HandSample{});
    if (config.handlingTrace)
        config.handlingTrace->push_back(
            {false, look.limbs, look.hands, look.posture, look.motion, HandSample{}});
}

}  // namespace core
