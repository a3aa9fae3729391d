// Resolves the data root: the ATTUNE_ROOT environment variable overrides the build's source tree.
#include "format/json_prelude.h"

#include "format/paths.h"

#include <cstdlib>

namespace format {

std::string dataRoot() {
    const char* env = std::getenv("ATTUNE_ROOT");
    if (env && *env) return env;
    return ATTUNE_SOURCE_ROOT;
}

std::string defaultCatalogDir() { return dataRoot() + "/assets/catalog"; }

}  // namespace format
