// Edit: add a line to one of the level's text lists (reflection questions, goals, hints, prompts).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "editor/command.h"

namespace editor {

/// Which list of lines an accessor picks from the level.
using StringListAccessor = std::function<std::vector<std::string>&(core::LevelDef&)>;

/// Inserts text at position index of the list.
class AddListItem : public Command {
public:
    AddListItem(std::string label, StringListAccessor list, int index, std::string text)
        : m_label(std::move(label)), m_list(std::move(list)), m_index(index), m_text(std::move(text)) {}
    void apply(core::LevelDef& level) override {
        auto& list = m_list(level);
        list.insert(list.begin() + m_index, m_text);
    }
    void revert(core::LevelDef& level) override {
        auto& list = m_list(level);
        list.erase(list.begin() + m_index);
    }
    std::string name() const override { return "Add " + m_label; }

private:
    std::string m_label;
    StringListAccessor m_list;
    int m_index;
    std::string m_text;
};

}  // namespace editor
