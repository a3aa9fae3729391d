// Level files (levels/NAME.json): load with full validation against a catalog, and save atomically.
#pragma once

#include <string>
#include <string_view>

#include "core/catalog_def.h"
#include "core/level_def.h"
#include "format/diagnostic.h"

namespace format {

/// How strict a load is. The game and tools refuse a level with any error; the editor opens one
/// whose JSON reads but whose meaning is wrong (an unknown need, a time past the end), so the author
/// can fix it with the problems listed.
enum class LevelLoad { Strict, KeepMeaningErrors };

/// Parses and validates level JSON text; displayPath names it in diagnostics.
Loaded<core::LevelDef> parseLevel(std::string_view text, std::string_view displayPath,
                                  const core::Catalog& catalog, LevelLoad mode = LevelLoad::Strict);

/// Reads and validates levels/NAME.json against the catalog.
Loaded<core::LevelDef> loadLevel(const std::string& path, const core::Catalog& catalog,
                                 LevelLoad mode = LevelLoad::Strict);

/// Checks a level's meaning (ids, ranges, times) against the catalog; adds diagnostics.
void validateLevel(const core::LevelDef& level, const core::Catalog& catalog,
                   const std::string& displayPath, std::vector<Diagnostic>& out);

/// The level as pretty JSON in the canonical key order, "format_version" first, newline at end.
std::string levelToJson(const core::LevelDef& level);

/// Writes the level atomically (keeping PATH.bak); false with *error set on failure.
bool saveLevel(const std::string& path, const core::LevelDef& level, std::string* error);

}  // namespace format
