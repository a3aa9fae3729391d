// Where the shipped data lives: the source tree baked in at build time, or $ATTUNE_ROOT.
#pragma once

#include <string>

namespace format {

/// $ATTUNE_ROOT if set and not empty, else the source tree this build came from.
std::string dataRoot();

/// dataRoot() + "/assets/catalog".
std::string defaultCatalogDir();

}  // namespace format
