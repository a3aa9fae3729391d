// How long each stage of an episode lasts, as the simulation will compute it (for drawing and checks).
#pragma once

#include <array>

#include "core/catalog_def.h"
#include "core/level_def.h"

namespace editor {

/// Game seconds at the early, active and late stage for episode, from the need's defaults, the
/// preset, the baby's temperament and any override (the same rule as core::Simulation).
std::array<float, 3> stageLengthsS(const core::LevelDef& level, const core::EpisodeDef& episode,
                                   const core::Catalog& catalog);

/// The sum of the three stage lengths: how long the episode can stay open if nobody answers.
float spanS(const core::LevelDef& level, const core::EpisodeDef& episode, const core::Catalog& catalog);

/// Early plus active stage: how long the episode is open for a caregiver who answers before
/// the late stage (what the readability checks count).
float readableSpanS(const core::LevelDef& level, const core::EpisodeDef& episode, const core::Catalog& catalog);

/// The need with this id, or nullptr.
const core::NeedDef* findNeed(const core::Catalog& catalog, const std::string& id);
/// The cue with this id, or nullptr.
const core::CueDef* findCue(const core::Catalog& catalog, const std::string& id);

}  // namespace editor
