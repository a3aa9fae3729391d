// Fresh ids for new timeline items.
#include "editor/level_ids.h"

#include <cctype>

namespace editor {
namespace {

bool isUsed(const core::LevelDef& level, const std::string& id) {
    for (const auto& e : level.episodes)
        if (e.id == id) return true;
    for (const auto& e : level.events)
        if (e.id == id) return true;
    return false;
}

std::string stripNumber(std::string base) {
    const auto dash = base.find_last_of('-');
    if (dash == std::string::npos || dash + 1 == base.size()) return base;
    for (std::size_t i = dash + 1; i < base.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(base[i]))) return base;
    return base.substr(0, dash);
}

}  // namespace

std::string uniqueItemId(const core::LevelDef& level, const std::string& base) {
    const std::string stem = stripNumber(base.empty() ? std::string("item") : base);
    if (!isUsed(level, stem)) return stem;
    for (int n = 2;; ++n) {
        const std::string id = stem + "-" + std::to_string(n);
        if (!isUsed(level, id)) return id;
    }
}

}  // namespace editor
