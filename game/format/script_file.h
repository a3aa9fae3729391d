// Script files for attune-sim --script: timed responses and gestures, checked against the catalog.
#pragma once

#include <string>
#include <string_view>

#include "core/actions.h"
#include "core/catalog_def.h"
#include "format/diagnostic.h"

namespace format {

/// Parses and validates script JSON text; displayPath names it in diagnostics.
Loaded<core::Script> parseScript(std::string_view text, std::string_view displayPath,
                                 const core::Catalog& catalog);

/// Reads and validates a script file.
Loaded<core::Script> loadScript(const std::string& path, const core::Catalog& catalog);

/// The script as pretty JSON, "format_version" first, newline at end.
std::string scriptToJson(const core::Script& script);

}  // namespace format
