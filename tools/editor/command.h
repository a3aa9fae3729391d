// One undoable edit of a level: apply it, revert it, and fold the frames of a drag into one step.
#pragma once

#include <string>

#include "core/level_def.h"

namespace editor {

/// The base of every edit. Each concrete edit is one small class in editor/commands/.
class Command {
public:
    virtual ~Command() = default;
    /// Performs the edit on the level. Called again on redo.
    virtual void apply(core::LevelDef& level) = 0;
    /// Undoes exactly what apply did.
    virtual void revert(core::LevelDef& level) = 0;
    /// Short words for the Edit menu, e.g. "Move episode".
    virtual std::string name() const = 0;
    /// Edits with the same non-empty key pushed while a gesture lasts (a drag, typing in one
    /// field) merge into one undo step.
    virtual std::string mergeKey() const { return {}; }
    /// Takes over the result of `next` (same mergeKey, already applied) while keeping this
    /// command's original state.
    virtual void mergeWith(const Command& next) { (void)next; }
};

}  // namespace editor
