// Edit: delete the selected episodes and events (Delete key).
#pragma once

#include <vector>

#include "editor/command.h"
#include "editor/selection.h"

namespace editor {

/// Removes the items; revert puts each back at its old index.
class DeleteItems : public Command {
public:
    explicit DeleteItems(std::vector<ItemRef> items);
    void apply(core::LevelDef& level) override;
    void revert(core::LevelDef& level) override;
    std::string name() const override { return m_items.size() == 1 ? "Delete item" : "Delete items"; }

private:
    std::vector<ItemRef> m_items;  ///< sorted by kind, then index
    std::vector<core::EpisodeDef> m_episodes;
    std::vector<core::EnvEventDef> m_events;
};

}  // namespace editor
