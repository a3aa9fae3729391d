// Edit: move timeline items.
#include "editor/commands/move_items.h"

namespace editor {
namespace {

float& startOf(core::LevelDef& level, const ItemRef& r) {
    const auto i = static_cast<std::size_t>(r.index);
    return r.kind == ItemKind::Episode ? level.episodes.at(i).startS : level.events.at(i).startS;
}

}  // namespace

MoveItems::MoveItems(std::vector<ItemRef> items, std::vector<float> newStartsS)
    : m_items(std::move(items)), m_newS(std::move(newStartsS)) {}

void MoveItems::apply(core::LevelDef& level) {
    const bool first = m_oldS.empty();
    for (std::size_t k = 0; k < m_items.size(); ++k) {
        float& s = startOf(level, m_items[k]);
        if (first) m_oldS.push_back(s);
        s = m_newS[k];
    }
}

void MoveItems::revert(core::LevelDef& level) {
    for (std::size_t k = 0; k < m_items.size(); ++k) startOf(level, m_items[k]) = m_oldS[k];
}

std::string MoveItems::mergeKey() const {
    std::string key = "move";
    for (const ItemRef& r : m_items)
        key += (r.kind == ItemKind::Episode ? ":p" : ":v") + std::to_string(r.index);
    return key;
}

void MoveItems::mergeWith(const Command& next) { m_newS = static_cast<const MoveItems&>(next).m_newS; }

}  // namespace editor
