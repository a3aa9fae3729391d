// A level's focus responses from its needs and the catalog's fits.
#include "app/response_focus.h"

#include <algorithm>

namespace app {
namespace {

bool helps(core::Fit f) { return f == core::Fit::Best || f == core::Fit::Acceptable; }

bool alwaysShown(const core::ResponseDef& r) {
    return r.reveals || r.stepAway || r.id == "watch_wait";
}

const char* stateWords(core::BabyState s) {
    switch (s) {
    case core::BabyState::DeepSleep: return "the baby is deeply asleep.";
    case core::BabyState::LightSleep: return "the baby is asleep.";
    case core::BabyState::Drowsy: return "the baby is drowsy.";
    case core::BabyState::QuietAlert: return "the baby is quietly alert.";
    case core::BabyState::ActiveAlert: return "the baby is busy and active.";
    case core::BabyState::Crying: return "the baby is crying.";
    }
    return "";
}

}  // namespace

std::vector<bool> focusResponses(const core::Catalog& catalog, const core::LevelDef& level, int position) {
    const auto& responses = catalog.responses;
    std::vector<bool> shown(responses.size(), position < 0 || position >= kFocusedLevels);
    if (position < 0 || position >= kFocusedLevels) return shown;
    std::vector<std::string> needs;
    for (const core::EpisodeDef& e : level.episodes) needs.push_back(e.need);
    for (std::size_t r = 0; r < responses.size(); ++r) {
        if (alwaysShown(responses[r])) shown[r] = true;
        for (const core::FitDef& fit : catalog.fits)
            if (fit.response == responses[r].id &&
                std::find(needs.begin(), needs.end(), fit.need) != needs.end() &&
                (helps(fit.early) || helps(fit.active) || helps(fit.late)))
                shown[r] = true;
    }
    return shown;
}

std::string unavailableReason(const core::ResponseDef& response, core::BabyState state, bool autoplay, bool over) {
    if (over) return "The level has ended.";
    if (autoplay) return "A bot is playing this run.";
    const auto& off = response.unavailableIn;
    if (std::find(off.begin(), off.end(), state) == off.end()) return "";
    return std::string("Not now: ") + stateWords(state);
}

}  // namespace app
