// Internal: the semantic checks of a level (ids against the catalog, ranges, times).
#pragma once

#include "core/catalog_def.h"
#include "core/level_def.h"
#include "format/field_reader.h"

namespace format {

/// Reports every semantic problem of a level through r (which places them at line:column).
void checkLevel(const core::LevelDef& level, const core::Catalog& catalog, Reporter& r);

/// Reports a number outside [lo, hi] at field.
void checkRange(Reporter& r, const std::string& field, double value, double lo, double hi);

/// Reports an id that is not among known, with the nearest known id.
bool checkKnownId(Reporter& r, const std::string& field, const std::string& id,
                  const std::vector<std::string>& known, const char* what);

}  // namespace format
