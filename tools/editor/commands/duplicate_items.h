// Edit: duplicate the selected episodes and events (Ctrl+D), a few seconds later, with fresh ids.
#pragma once

#include <vector>

#include "editor/command.h"
#include "editor/selection.h"

namespace editor {

/// Appends copies of the items, shifted later by offsetS and renamed to unique ids.
class DuplicateItems : public Command {
public:
    DuplicateItems(std::vector<ItemRef> items, float offsetS) : m_items(std::move(items)), m_offsetS(offsetS) {}
    void apply(core::LevelDef& level) override;
    void revert(core::LevelDef& level) override;
    std::string name() const override { return m_items.size() == 1 ? "Duplicate item" : "Duplicate items"; }
    /// The copies, valid after apply (for selecting them).
    const std::vector<ItemRef>& copies() const { return m_copies; }

private:
    std::vector<ItemRef> m_items;
    float m_offsetS;
    std::vector<ItemRef> m_copies;
    int m_episodesAdded = 0, m_eventsAdded = 0;
};

}  // namespace editor
