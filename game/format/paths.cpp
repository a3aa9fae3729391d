// Resolves the data root (ATTUNE_ROOT overrides the build's source tree) and keeps ids that name
// files inside their folder.
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

bool isSafeId(std::string_view id) {
    if (id.empty() || id.size() > 64 || id.front() == '-') return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

std::string pathInside(const std::string& folder, std::string_view id, std::string_view suffix) {
    if (!isSafeId(id)) return {};
    return folder + "/" + std::string(id) + std::string(suffix);
}

}  // namespace format
