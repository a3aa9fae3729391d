// Stage lengths of an episode: one rule shared by the simulation and the level checker.
#include "core/episode_timing.h"

#include <algorithm>

namespace core {
namespace {

float temperamentPace(Temperament t) {
    return t == Temperament::Intense ? 0.8f : t == Temperament::Easy ? 1.15f : 1.0f;
}

float presetScale(const std::string& preset) {
    return preset == "slow" ? 1.5f : preset == "fast" ? 0.6f : 1.0f;
}

}  // namespace

std::array<float, 3> episodeStageLengths(const NeedDef& need, const EpisodeDef& def,
                                         Temperament temperament) {
    const float scale = presetScale(def.escalation.preset) * temperamentPace(temperament);
    const float base[3] = {need.earlyS, need.activeS, need.lateS};
    const float over[3] = {def.escalation.earlyS, def.escalation.activeS, def.escalation.lateS};
    std::array<float, 3> out{};
    for (int s = 0; s < 3; ++s) out[s] = over[s] > 0.0f ? over[s] : std::max(1.0f, base[s] * scale);
    return out;
}

double runOutAfterS(const std::array<float, 3>& stageS, Stage startStage) {
    double sum = 0.0;
    for (int s = static_cast<int>(startStage); s < 3; ++s) sum += stageS[static_cast<std::size_t>(s)];
    return sum;
}

}  // namespace core
