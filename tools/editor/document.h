// The document being edited: one level, its file path, the undo history and the selection.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/level_def.h"
#include "editor/command.h"
#include "editor/selection.h"
#include "editor/undo_stack.h"

namespace editor {

/// The one owner of the level being edited. Panels read level() and change it only through
/// execute(), so every change can be undone.
class Document {
public:
    Document();
    /// The level as it is now.
    const core::LevelDef& level() const { return m_level; }
    /// The file it came from or was last saved to; empty for a new level.
    const std::string& path() const { return m_path; }
    /// True if there are changes since the last save or open.
    bool isDirty() const { return !m_undo.isClean(); }
    /// Applies an edit and records it for undo.
    void execute(std::unique_ptr<Command> command);
    /// Undo / redo one step; false if there was nothing to do.
    bool undo();
    bool redo();
    /// Ends the current drag or typing gesture (see UndoStack::endMerge).
    void endMerge() { m_undo.endMerge(); }
    /// Replaces the whole level (new, open, restore), forgetting history.
    void reset(const core::LevelDef& level, const std::string& path, bool dirty = false);
    /// Records a successful save to path.
    void markSaved(const std::string& path);
    /// The history, for menu labels.
    const UndoStack& history() const { return m_undo; }
    /// The selection (UI state, not part of the file).
    Selection& selection() { return m_selection; }
    const Selection& selection() const { return m_selection; }
    /// Bumps on every change to the level: panels and checks compare it to know when to refresh.
    std::uint64_t revision() const { return m_revision; }
    /// "01-early-hunger.json" or "Untitled", with "*" appended when dirty.
    std::string displayName() const;

private:
    void dropStaleSelection();

    core::LevelDef m_level;
    std::string m_path;
    UndoStack m_undo;
    Selection m_selection;
    std::uint64_t m_revision = 1;
};

/// A new level to start from: a title, a baby, three minutes and one hunger episode.
core::LevelDef starterLevel();

}  // namespace editor
