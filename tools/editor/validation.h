// Live checks of the level being edited: attune-check's messages plus checks that know the domain.
#pragma once

#include <string>
#include <vector>

#include "core/catalog_def.h"
#include "core/level_def.h"
#include "format/diagnostic.h"

namespace editor {

/// The checks attune-check runs, on the level as it would be saved: the same messages, with the
/// line and column the saved file would have.
std::vector<format::Diagnostic> checkLikeAttuneCheck(const core::LevelDef& level,
                                                     const core::Catalog& catalog,
                                                     const std::string& displayPath);

/// Checks about meaning that a file format cannot know: a need no response resolves, episodes
/// piled up so the level is unreadable (more than kMaxOpenEpisodes before their late stage), and
/// an episode starting while another of the same need is still at its early stage. Warnings only.
std::vector<format::Diagnostic> checkDomain(const core::LevelDef& level, const core::Catalog& catalog,
                                            const std::string& displayPath);

/// Most episodes open at the same moment, and when that happens (game seconds).
struct Crowding {
    int mostOpen = 0;
    float atS = 0.0f;
};
/// How crowded the timeline gets, counting each episode from its start to the end of its active
/// stage (a caregiver who answers in time never sees the late stage).
Crowding mostOpenAtOnce(const core::LevelDef& level, const core::Catalog& catalog);

/// More open episodes than this at once is flagged as unreadable.
inline constexpr int kMaxOpenEpisodes = 3;

}  // namespace editor
