// Edit: remove a line from one of the level's text lists (reflection questions, goals, hints ...).
#pragma once

#include "editor/commands/add_list_item.h"

namespace editor {

/// Removes the line at index; revert puts it back.
class RemoveListItem : public Command {
public:
    RemoveListItem(std::string label, StringListAccessor list, int index)
        : m_label(std::move(label)), m_list(std::move(list)), m_index(index) {}
    void apply(core::LevelDef& level) override {
        auto& list = m_list(level);
        m_text = list.at(static_cast<std::size_t>(m_index));
        list.erase(list.begin() + m_index);
    }
    void revert(core::LevelDef& level) override {
        auto& list = m_list(level);
        list.insert(list.begin() + m_index, m_text);
    }
    std::string name() const override { return "Remove " + m_label; }

private:
    std::string m_label;
    StringListAccessor m_list;
    int m_index;
    std::string m_text;
};

}  // namespace editor
