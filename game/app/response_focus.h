// Which responses a level shows at first: a first-time parent meets the few a level is about,
// with "More responses" for the rest; later levels show them all. Keys work for every one.
#pragma once

#include <string>
#include <vector>

#include "core/catalog_def.h"
#include "core/enums.h"
#include "core/level_def.h"

namespace app {

/// Levels at campaign positions before this (0-based) show only their focus responses at first.
constexpr int kFocusedLevels = 4;

/// Per response: shown at first in this level. All true from position kFocusedLevels on, or when
/// the level's position is unknown (-1, e.g. a level file opened with --level). Otherwise the
/// responses that fit any of the level's needs (best or acceptable at some stage), the checks,
/// stepping away safely and watching and waiting.
std::vector<bool> focusResponses(const core::Catalog& catalog, const core::LevelDef& level, int position);
/// Why a greyed-out response cannot be chosen now, in a parent's words ("" if it can be).
std::string unavailableReason(const core::ResponseDef& response, core::BabyState state, bool autoplay, bool over);

}  // namespace app
