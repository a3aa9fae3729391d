// Level files (levels/NAME.json): load with full validation against a catalog, and save atomically.
#pragma once

#include <string>
#include <string_view>

#include "core/catalog_def.h"
#include "core/level_def.h"
#include "format/diagnostic.h"

namespace format {

/// Parses and validates level JSON text; displayPath names it in diagnostics.
Loaded<core::LevelDef> parseLevel(std::string_view text, std::string_view displayPath,
                                  const core::Catalog& catalog);

/// Reads and validates levels/NAME.json against the catalog.
Loaded<core::LevelDef> loadLevel(const std::string& path, const core::Catalog& catalog);

/// Checks a level's meaning (ids, ranges, times) against the catalog; adds diagnostics.
void validateLevel(const core::LevelDef& level, const core::Catalog& catalog,
                   const std::string& displayPath, std::vector<Diagnostic>& out);

/// The level as pretty JSON in the canonical key order, "format_version" first, newline at end.
std::string levelToJson(const core::LevelDef& level);

/// Writes the level atomically (keeping PATH.bak); false with *error set on failure.
bool saveLevel(const std::string& path, const core::LevelDef& level, std::string* error);

}  // namespace format
