// The catalog folder (sources, needs, cues, responses, fits): load all five files and cross-check them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalog_def.h"
#include "format/diagnostic.h"
#include "format/paths.h"

namespace format {

/// The five files of a catalog folder, in load order.
enum class CatalogFile { Sources, Needs, Cues, Responses, Fits };

/// "sources.json", "needs.json", ...
std::string_view catalogFileName(CatalogFile file);

/// The catalog file kind for a file name like "cues.json", if it is one.
bool catalogFileFromName(std::string_view fileName, CatalogFile* file);

/// Parses one catalog file's text and appends its entries to *into; checks what one file can
/// (types, enums, ranges, duplicate ids), not references to other files. False on any error.
bool parseCatalogFile(CatalogFile file, std::string_view text, std::string_view displayPath,
                      core::Catalog* into, std::vector<Diagnostic>& out);

/// Loads DIR/sources.json … DIR/fits.json and checks every cross-reference.
Loaded<core::Catalog> loadCatalog(const std::string& dir);

}  // namespace format
