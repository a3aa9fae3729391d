// Generated levels for benchmarks: long, dense, and built only from the shipped catalog's needs.
#pragma once

#include "core/catalog_def.h"
#include "core/level_def.h"

namespace bench {

/// A level of `durationS` game seconds with an episode every `everyS` seconds, cycling through
/// the catalog's ordinary needs.
core::LevelDef generatedLevel(const core::Catalog& catalog, float durationS, float everyS);

}  // namespace bench
