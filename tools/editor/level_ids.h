// Fresh, readable ids for new timeline items ("feed-2", "phone-3").
#pragma once

#include <string>

#include "core/level_def.h"

namespace editor {

/// base, or base-2, base-3 ... whichever no episode or event of the level uses yet.
std::string uniqueItemId(const core::LevelDef& level, const std::string& base);

}  // namespace editor
