// Guesses what an Attune JSON file is (level, script, catalog file) from its name and top-level keys.
#pragma once

#include <string_view>

namespace format {

/// What a JSON file holds.
enum class FileKind {
    Level,        ///< has "episodes", "baby" or "duration_s" (or cannot be parsed: check it as a level)
    Script,       ///< has "actions"
    CatalogFile,  ///< named sources.json, needs.json, cues.json, responses.json or fits.json
    Campaign,     ///< has "chapters": the campaign index, levels/index.json
    Other         ///< a JSON object with none of those keys, e.g. an index
};

/// The kind of a file from its name (no folder) and text; unparsable text counts as a Level so
/// that its errors get reported.
FileKind sniffFileKind(std::string_view fileName, std::string_view text);

}  // namespace format
