// Loads the catalog, the campaign index and each level; a broken level is skipped and logged.
#include "app/game_data.h"

#include "format/catalog_file.h"
#include "format/level_file.h"

namespace app {
namespace {

std::string firstError(const std::vector<format::Diagnostic>& ds) {
    for (const format::Diagnostic& d : ds)
        if (d.severity == format::Diagnostic::Severity::Error) return format::formatDiagnostic(d);
    return "unknown problem";
}

}  // namespace

const core::LevelDef* GameData::level(const std::string& id) const {
    auto it = levels.find(id);
    return it == levels.end() ? nullptr : &it->second;
}

int GameData::positionOf(const std::string& id) const {
    for (std::size_t i = 0; i < order.size(); ++i)
        if (order[i] == id) return static_cast<int>(i);
    return -1;
}

const core::SourceDef* GameData::source(const std::string& id) const {
    for (const core::SourceDef& s : catalog.sources)
        if (s.id == id) return &s;
    return nullptr;
}

bool loadGameData(const std::string& root, GameData* data, std::string* error) {
    auto catalog = format::loadCatalog(root + "/assets/catalog");
    if (!catalog.ok()) {
        *error = "cannot load the catalog: " + firstError(catalog.diagnostics);
        return false;
    }
    data->catalog = std::move(*catalog.value);
    data->index = std::make_unique<core::CatalogIndex>(data->catalog);
    auto campaign = format::loadCampaign(root + "/levels/index.json");
    if (!campaign.ok()) {
        data->problems.push_back(firstError(campaign.diagnostics));
        return true;
    }
    data->campaign = std::move(*campaign.value);
    for (const format::ChapterDef& ch : data->campaign.chapters) {
        for (const std::string& id : ch.levels) {
            auto level = format::loadLevel(root + "/levels/" + id + ".json", data->catalog);
            if (!level.ok()) {
                data->problems.push_back(firstError(level.diagnostics));
                continue;
            }
            data->levels[id] = std::move(*level.value);
            data->order.push_back(id);
        }
    }
    return true;
}

std::string addLevelFile(const std::string& path, GameData* data, std::string* error) {
    auto level = format::loadLevel(path, data->catalog);
    if (!level.ok()) {
        *error = firstError(level.diagnostics);
        return "";
    }
    const std::string id = level.value->id;
    data->levels[id] = std::move(*level.value);
    return id;
}

}  // namespace app
