// Live checks: attune-check's loader on the would-be saved text, then domain checks.
#include "editor/validation.h"

#include <algorithm>

#include "core/catalog_index.h"
#include "editor/episode_span.h"
#include "format/level_file.h"

namespace editor {
namespace {

format::Diagnostic warning(const std::string& path, const std::string& field, const std::string& message) {
    format::Diagnostic d;
    d.path = path;
    d.severity = format::Diagnostic::Severity::Warning;
    d.field = field;
    d.message = message;
    return d;
}

std::string episodeField(std::size_t i, const char* key) {
    return "episodes[" + std::to_string(i) + "]." + key;
}

void checkResolvable(const core::LevelDef& level, const core::Catalog& catalog, const std::string& path,
                     std::vector<format::Diagnostic>& out) {
    const core::CatalogIndex index(catalog);
    std::vector<std::string> reported;
    for (std::size_t i = 0; i < level.episodes.size(); ++i) {
        const std::string& needId = level.episodes[i].need;
        const int need = index.needIndex(needId);
        if (need < 0 || std::count(reported.begin(), reported.end(), needId)) continue;
        for (int s = 0; s < 3; ++s) {
            const auto stage = static_cast<core::Stage>(s);
            bool best = false;
            for (std::size_t r = 0; r < catalog.responses.size() && !best; ++r)
                best = index.fitFor(need, static_cast<int>(r), stage) == core::Fit::Best;
            if (best) continue;
            out.push_back(warning(path, episodeField(i, "need"),
                                  "no response in the catalog is a best fit for '" + needId + "' at the " +
                                      std::string(core::nameOf(stage, core::kStageNames)) +
                                      " stage: players cannot resolve it well"));
            reported.push_back(needId);
            break;
        }
    }
}

void checkSameNeedOverlap(const core::LevelDef& level, const core::Catalog& catalog, const std::string& path,
                          std::vector<format::Diagnostic>& out) {
    const auto& eps = level.episodes;
    for (std::size_t b = 0; b < eps.size(); ++b)
        for (std::size_t a = 0; a < eps.size(); ++a) {
            if (a == b || eps[a].need != eps[b].need) continue;
            const bool aFirst = eps[a].startS < eps[b].startS || (eps[a].startS == eps[b].startS && a < b);
            if (!aFirst) continue;
            const float aEndS = eps[a].startS + stageLengthsS(level, eps[a], catalog)[0];
            if (eps[b].startS >= aEndS) continue;
            out.push_back(warning(path, episodeField(b, "start_s"),
                                  "'" + eps[b].id + "' starts while '" + eps[a].id + "' (the same need, '" +
                                      eps[b].need + "') is still at its early stage: even a prompt player sees "
                                      "both at once and cannot tell them apart"));
            break;
        }
}

}  // namespace

std::vector<format::Diagnostic> checkLikeAttuneCheck(const core::LevelDef& level,
                                                     const core::Catalog& catalog,
                                                     const std::string& displayPath) {
    return format::parseLevel(format::levelToJson(level), displayPath, catalog).diagnostics;
}

Crowding mostOpenAtOnce(const core::LevelDef& level, const core::Catalog& catalog) {
    std::vector<std::pair<float, int>> edges;  // (time, +1 open / -1 close); closes sort first
    for (const auto& e : level.episodes) {
        edges.push_back({e.startS, +1});
        edges.push_back({e.startS + readableSpanS(level, e, catalog), -1});
    }
    std::sort(edges.begin(), edges.end());
    Crowding c;
    int open = 0;
    for (const auto& [t, d] : edges) {
        open += d;
        if (open > c.mostOpen) c = {open, t};
    }
    return c;
}

std::vector<format::Diagnostic> checkDomain(const core::LevelDef& level, const core::Catalog& catalog,
                                            const std::string& displayPath) {
    std::vector<format::Diagnostic> out;
    checkResolvable(level, catalog, displayPath, out);
    const Crowding c = mostOpenAtOnce(level, catalog);
    if (c.mostOpen > kMaxOpenEpisodes)
        out.push_back(warning(displayPath, "episodes",
                              std::to_string(c.mostOpen) + " episodes are open at once around " +
                                  std::to_string(static_cast<int>(c.atS)) + " s (more than " +
                                  std::to_string(kMaxOpenEpisodes) +
                                  " is hard to read): spread them out or shorten their escalation"));
    checkSameNeedOverlap(level, catalog, displayPath, out);
    return out;
}

}  // namespace editor
