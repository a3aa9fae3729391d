// The results timeline: time across, a row per episode, cue stages as patterned bands, and the
// player's responses as markers with their latency.
#pragma once

#include <imgui.h>

#include <string>

#include "app/run_record.h"
#include "core/catalog_def.h"
#include "core/level_def.h"

namespace app {

/// "Hunger · 0:05": the need's name and when the episode starts.
std::string episodeLabel(const core::EpisodeDef& episode, const core::Catalog& catalog);
/// Draws the chart at the cursor, widthPx wide. Returns the episode row clicked, or -1.
int drawTimeline(const RunRecord& run, const core::LevelDef& level, const core::Catalog& catalog,
                 float widthPx, int selectedEpisode);

}  // namespace app
