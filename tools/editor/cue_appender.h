// Adds a new cue to the end of a catalog's cues.json, keeping every existing line as it was (the
// file-format module has no catalog writer yet, so the editor appends one block and re-checks).
#pragma once

#include <string>

#include "core/catalog_def.h"

namespace editor {

/// The cue as one JSON object in cues.json's key order, indented for the "cues" list.
std::string cueBlockJson(const core::CueDef& cue);

/// Appends the cue to DIR/cues.json atomically, then loads the whole catalog folder to check it.
/// On any problem the file is put back as it was and *error says why.
bool appendCueToCatalog(const std::string& catalogDir, const core::CueDef& cue, std::string* error);

}  // namespace editor
