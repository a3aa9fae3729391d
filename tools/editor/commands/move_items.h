// Edit: move one or more timeline items to new start times (a drag on the timeline is one step).
#pragma once

#include <vector>

#include "editor/command.h"
#include "editor/selection.h"

namespace editor {

/// Sets the start time of each item. All frames of one drag merge into a single undo step.
class MoveItems : public Command {
public:
    MoveItems(std::vector<ItemRef> items, std::vector<float> newStartsS);
    void apply(core::LevelDef& level) override;
    void revert(core::LevelDef& level) override;
    std::string name() const override { return m_items.size() == 1 ? "Move item" : "Move items"; }
    std::string mergeKey() const override;
    void mergeWith(const Command& next) override;

private:
    std::vector<ItemRef> m_items;
    std::vector<float> m_newS, m_oldS;
};

}  // namespace editor
