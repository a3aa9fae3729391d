// Stage lengths of an episode, mirroring core::Simulation's rule.
#include "editor/episode_span.h"

#include <algorithm>

namespace editor {
namespace {

float presetScale(const std::string& preset) {
    return preset == "slow" ? 1.5f : preset == "fast" ? 0.6f : 1.0f;
}

float temperamentPace(core::Temperament t) {
    return t == core::Temperament::Intense ? 0.8f : t == core::Temperament::Easy ? 1.15f : 1.0f;
}

}  // namespace

const core::NeedDef* findNeed(const core::Catalog& catalog, const std::string& id) {
    for (const auto& n : catalog.needs)
        if (n.id == id) return &n;
    return nullptr;
}

const core::CueDef* findCue(const core::Catalog& catalog, const std::string& id) {
    for (const auto& c : catalog.cues)
        if (c.id == id) return &c;
    return nullptr;
}

std::array<float, 3> stageLengthsS(const core::LevelDef& level, const core::EpisodeDef& episode,
                                   const core::Catalog& catalog) {
    const core::NeedDef* need = findNeed(catalog, episode.need);
    const float base[3] = {need ? need->earlyS : 40.0f, need ? need->activeS : 30.0f,
                           need ? need->lateS : 90.0f};
    const float over[3] = {episode.escalation.earlyS, episode.escalation.activeS, episode.escalation.lateS};
    const float scale = presetScale(episode.escalation.preset) * temperamentPace(level.baby.temperament);
    std::array<float, 3> out{};
    for (int s = 0; s < 3; ++s) out[s] = over[s] > 0.0f ? over[s] : std::max(1.0f, base[s] * scale);
    return out;
}

float spanS(const core::LevelDef& level, const core::EpisodeDef& episode, const core::Catalog& catalog) {
    const auto s = stageLengthsS(level, episode, catalog);
    return s[0] + s[1] + s[2];
}

}  // namespace editor

namespace editor {

float readableSpanS(const core::LevelDef& level, const core::EpisodeDef& episode, const core::Catalog& catalog) {
    const auto s = stageLengthsS(level, episode, catalog);
    return s[0] + s[1];
}

}  // namespace editor
