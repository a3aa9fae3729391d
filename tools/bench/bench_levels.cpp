// Builds benchmark levels from the catalog so they stay valid as content changes.
#include "bench_levels.h"

#include <string>

namespace bench {

core::LevelDef generatedLevel(const core::Catalog& catalog, float durationS, float everyS) {
    core::LevelDef level;
    level.id = "bench";
    level.title = "Benchmark";
    level.durationS = durationS;
    level.baby.ageWeeks = 8;
    std::vector<const core::NeedDef*> needs;
    for (const core::NeedDef& n : catalog.needs)
        if (n.kind != core::NeedKind::RedFlag && n.minAgeWeeks <= 8 && n.maxAgeWeeks >= 8)
            needs.push_back(&n);
    int i = 0;
    for (float t = 5.0f; t < durationS - 1.0f && !needs.empty(); t += everyS, ++i) {
        core::EpisodeDef e;
        e.id = "e" + std::to_string(i);
        e.need = needs[static_cast<std::size_t>(i) % needs.size()]->id;
        e.startS = t;
        level.episodes.push_back(e);
    }
    return level;
}

}  // namespace bench
