// The shipped catalog and every shipped level, loaded once with full validation, for content tests.
#pragma once

#include <dirent.h>

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "format/catalog_file.h"
#include "format/level_file.h"

namespace content_test {

/// assets/catalog and levels/*.json (not index.json), sorted by file name.
struct ShippedContent {
    core::Catalog catalog;
    std::vector<core::LevelDef> levels;
};

/// Loads the shipped content; REQUIREs that everything loads, printing any diagnostics.
inline ShippedContent loadShippedContent() {
    ShippedContent out;
    const auto cat = format::loadCatalog(ATTUNE_ROOT_DIR "/assets/catalog");
    for (const auto& d : cat.diagnostics) UNSCOPED_INFO(format::formatDiagnostic(d));
    REQUIRE(cat.ok());
    out.catalog = *cat.value;
    std::vector<std::string> names;
    if (DIR* dir = opendir(ATTUNE_ROOT_DIR "/levels")) {
        while (dirent* e = readdir(dir)) {
            const std::string n = e->d_name;
            if (n.size() > 5 && n.substr(n.size() - 5) == ".json" && n != "index.json") names.push_back(n);
        }
        closedir(dir);
    }
    std::sort(names.begin(), names.end());
    for (const std::string& n : names) {
        const auto level = format::loadLevel(ATTUNE_ROOT_DIR "/levels/" + n, out.catalog);
        for (const auto& d : level.diagnostics) UNSCOPED_INFO(format::formatDiagnostic(d));
        REQUIRE(level.ok());
        out.levels.push_back(*level.value);
    }
    return out;
}

}  // namespace content_test
