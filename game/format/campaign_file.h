// The campaign index (levels/index.json): chapters and the level ids in play order.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "format/diagnostic.h"

namespace format {

/// One chapter of the campaign.
struct ChapterDef {
    std::string id;
    std::string title;
    std::vector<std::string> levels;  ///< level ids; the file is levels/ID.json
};

/// The whole campaign, in play order.
struct CampaignDef {
    int formatVersion = 1;
    std::vector<ChapterDef> chapters;
};

/// Parses index.json text; displayPath names it in diagnostics.
Loaded<CampaignDef> parseCampaign(std::string_view text, std::string_view displayPath);

/// Reads levels/index.json.
Loaded<CampaignDef> loadCampaign(const std::string& path);

}  // namespace format
