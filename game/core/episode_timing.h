// How long an episode's stages last, from its need, its escalation and the baby's temperament.
#pragma once

#include <array>

#include "core/catalog_def.h"
#include "core/level_def.h"

namespace core {

/// Effective stage lengths in game seconds (early, active, late): the need's defaults scaled by
/// the escalation preset and the baby's temperament, or the episode's own overrides.
std::array<float, 3> episodeStageLengths(const NeedDef& need, const EpisodeDef& def,
                                         Temperament temperament);

/// Game seconds from an episode's start until its need, left unanswered, runs out ("missed"):
/// the stages from the one it starts at. Competing demands can only make it sooner.
double runOutAfterS(const std::array<float, 3>& stageS, Stage startStage);

}  // namespace core
