// The undo and redo history.
#include "editor/undo_stack.h"

namespace editor {

void UndoStack::push(std::unique_ptr<Command> command, core::LevelDef& level) {
    command->apply(level);
    if (m_cleanIndex > static_cast<long>(m_done.size())) m_cleanIndex = -1;  // redo branch lost
    m_undone.clear();
    const std::string key = command->mergeKey();
    if (m_mergeOpen && !m_done.empty() && !key.empty() && m_done.back()->mergeKey() == key) {
        m_done.back()->mergeWith(*command);
        if (m_cleanIndex == static_cast<long>(m_done.size())) m_cleanIndex = -1;
        return;
    }
    m_done.push_back(std::move(command));
    m_mergeOpen = !key.empty();
}

bool UndoStack::undo(core::LevelDef& level) {
    if (m_done.empty()) return false;
    m_done.back()->revert(level);
    m_undone.push_back(std::move(m_done.back()));
    m_done.pop_back();
    m_mergeOpen = false;
    return true;
}

bool UndoStack::redo(core::LevelDef& level) {
    if (m_undone.empty()) return false;
    m_undone.back()->apply(level);
    m_done.push_back(std::move(m_undone.back()));
    m_undone.pop_back();
    m_mergeOpen = false;
    return true;
}

std::string UndoStack::undoName() const { return m_done.empty() ? "" : m_done.back()->name(); }
std::string UndoStack::redoName() const { return m_undone.empty() ? "" : m_undone.back()->name(); }

void UndoStack::clear() {
    m_done.clear();
    m_undone.clear();
    m_mergeOpen = false;
    m_cleanIndex = 0;
}

}  // namespace editor
