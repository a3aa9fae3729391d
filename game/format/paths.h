// Where the shipped data lives: the source tree baked in at build time, or $ATTUNE_ROOT.
#pragma once

#include <string>
#include <string_view>

namespace format {

/// $ATTUNE_ROOT if set and not empty, else the source tree this build came from.
std::string dataRoot();

/// dataRoot() + "/assets/catalog".
std::string defaultCatalogDir();

/// True for an id that is safe as a file name: 1 to 64 characters of a-z, 0-9 and '-', not
/// starting with '-'. Ids read from disk must pass before they name a file.
bool isSafeId(std::string_view id);

/// FOLDER/ID + suffix when id is a safe id, so the path cannot leave the folder; "" otherwise.
std::string pathInside(const std::string& folder, std::string_view id, std::string_view suffix);

}  // namespace format
