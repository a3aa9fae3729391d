// Internal: the checks on catalog entries, within one file and across the five files.
#pragma once

#include <array>

#include "core/catalog_def.h"
#include "format/catalog_file.h"
#include "format/field_reader.h"

namespace format {

/// Checks the entries of one kind: non-empty and unique ids, ranges, names. Paths assume the
/// file's entries are the whole vector.
void checkCatalogEntries(CatalogFile file, const core::Catalog& catalog, Reporter& r);

/// Checks every reference between files: sources, cue needs, fit needs and responses.
void checkCatalogReferences(const core::Catalog& catalog, const std::array<Reporter*, 5>& reporters);

}  // namespace format
