// Edit: duplicate timeline items.
#include "editor/commands/duplicate_items.h"

#include <algorithm>

#include "editor/level_ids.h"

namespace editor {

void DuplicateItems::apply(core::LevelDef& level) {
    m_copies.clear();
    m_episodesAdded = m_eventsAdded = 0;
    const float lastS = std::max(0.0f, level.durationS - 1.0f);
    for (const ItemRef& r : m_items) {
        const auto i = static_cast<std::size_t>(r.index);
        if (r.kind == ItemKind::Episode) {
            core::EpisodeDef copy = level.episodes.at(i);
            copy.id = uniqueItemId(level, copy.id);
            copy.startS = std::min(copy.startS + m_offsetS, lastS);
            level.episodes.push_back(copy);
            m_copies.push_back({ItemKind::Episode, static_cast<int>(level.episodes.size()) - 1});
            ++m_episodesAdded;
        } else {
            core::EnvEventDef copy = level.events.at(i);
            copy.id = uniqueItemId(level, copy.id.empty() ? copy.kind : copy.id);
            copy.startS = std::min(copy.startS + m_offsetS, lastS);
            level.events.push_back(copy);
            m_copies.push_back({ItemKind::Event, static_cast<int>(level.events.size()) - 1});
            ++m_eventsAdded;
        }
    }
}

void DuplicateItems::revert(core::LevelDef& level) {
    level.episodes.resize(level.episodes.size() - static_cast<std::size_t>(m_episodesAdded));
    level.events.resize(level.events.size() - static_cast<std::size_t>(m_eventsAdded));
}

}  // namespace editor
