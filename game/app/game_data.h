// The shipped content the game reads once at start: catalog, campaign index and levels.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/catalog_def.h"
#include "core/catalog_index.h"
#include "core/level_def.h"
#include "format/campaign_file.h"

namespace app {

/// Everything loaded from assets/ and levels/.
struct GameData {
    core::Catalog catalog;
    std::unique_ptr<core::CatalogIndex> index;
    format::CampaignDef campaign;
    std::map<std::string, core::LevelDef> levels;  ///< by level id
    std::vector<std::string> order;                 ///< level ids in campaign order
    std::vector<std::string> problems;              ///< load problems, for the log

    /// The level with this id, or nullptr.
    const core::LevelDef* level(const std::string& id) const;
    /// 0-based position of a level in campaign order, or -1.
    int positionOf(const std::string& id) const;
    /// The source entry with this id, or nullptr.
    const core::SourceDef* source(const std::string& id) const;
};

/// Loads the catalog and every level in levels/index.json under root. False if the catalog fails.
bool loadGameData(const std::string& root, GameData* data, std::string* error);
/// Loads one extra level file (--level) into data; returns its id, or "" with *error set.
std::string addLevelFile(const std::string& path, GameData* data, std::string* error);

}  // namespace app
