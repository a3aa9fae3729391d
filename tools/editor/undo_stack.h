// The undo and redo history: a list of applied commands, with merging for drags and a clean mark.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "editor/command.h"

namespace editor {

/// Applies commands to a level and remembers them so they can be undone.
class UndoStack {
public:
    /// Applies the command; merges it into the previous one if a gesture with the same key is open.
    void push(std::unique_ptr<Command> command, core::LevelDef& level);
    /// Reverts the last command; false if there is none.
    bool undo(core::LevelDef& level);
    /// Re-applies the last undone command; false if there is none.
    bool redo(core::LevelDef& level);
    /// Ends the current gesture: the next command starts a new undo step.
    void endMerge() { m_mergeOpen = false; }
    /// True if something can be undone / redone.
    bool canUndo() const { return !m_done.empty(); }
    bool canRedo() const { return !m_undone.empty(); }
    /// Name of the step undo / redo would act on ("" if none).
    std::string undoName() const;
    std::string redoName() const;
    /// Number of undo steps.
    std::size_t size() const { return m_done.size(); }
    /// True if the level equals the state last marked clean (saved).
    bool isClean() const { return m_cleanIndex == static_cast<long>(m_done.size()); }
    /// Marks the current state as saved.
    void markClean() { m_cleanIndex = static_cast<long>(m_done.size()); m_mergeOpen = false; }
    /// Marks the current state as not saved, with no saved state to undo back to (restored work).
    void markNeverClean() { m_cleanIndex = -1; }
    /// Forgets all history (new or opened document) and marks it clean.
    void clear();

private:
    std::vector<std::unique_ptr<Command>> m_done;
    std::vector<std::unique_ptr<Command>> m_undone;
    bool m_mergeOpen = false;
    long m_cleanIndex = 0;  ///< size of m_done when saved; -1 when that state is gone
};

}  // namespace editor
