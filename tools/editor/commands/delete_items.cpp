// Edit: delete timeline items.
#include "editor/commands/delete_items.h"

#include <algorithm>

namespace editor {

DeleteItems::DeleteItems(std::vector<ItemRef> items) : m_items(std::move(items)) {
    std::sort(m_items.begin(), m_items.end());
    m_items.erase(std::unique(m_items.begin(), m_items.end()), m_items.end());
}

void DeleteItems::apply(core::LevelDef& level) {
    m_episodes.clear();
    m_events.clear();
    for (auto it = m_items.rbegin(); it != m_items.rend(); ++it) {  // highest index first
        const auto i = static_cast<std::ptrdiff_t>(it->index);
        if (it->kind == ItemKind::Episode) {
            m_episodes.push_back(level.episodes.at(static_cast<std::size_t>(i)));
            level.episodes.erase(level.episodes.begin() + i);
        } else {
            m_events.push_back(level.events.at(static_cast<std::size_t>(i)));
            level.events.erase(level.events.begin() + i);
        }
    }
}

void DeleteItems::revert(core::LevelDef& level) {
    auto episode = m_episodes.rbegin();
    auto event = m_events.rbegin();
    for (const ItemRef& r : m_items) {  // lowest index first
        if (r.kind == ItemKind::Episode) level.episodes.insert(level.episodes.begin() + r.index, *episode++);
        else level.events.insert(level.events.begin() + r.index, *event++);
    }
}

}  // namespace editor
