// Crash recovery: the unsaved level is written every few seconds to CONFIG/editor-recovery.json
// (with the path it belongs to beside it) and offered back at the next start.
#pragma once

#include <optional>
#include <string>

#include "core/catalog_def.h"
#include "core/level_def.h"

namespace editor {

/// A recovered level and the file it was being edited as ("" for a new level).
struct Recovered {
    core::LevelDef level;
    std::string originalPath;
};

/// Reads and writes the recovery file in one folder.
class Recovery {
public:
    explicit Recovery(std::string dir);
    /// Writes the level (atomically) and the path it belongs to. False on failure.
    bool save(const core::LevelDef& level, const std::string& originalPath);
    /// True if a recovery file is waiting.
    bool exists() const;
    /// Loads the waiting level; nullopt with *error set if it is unreadable.
    std::optional<Recovered> load(const core::Catalog& catalog, std::string* error) const;
    /// The path the waiting copy belongs to ("" for a new level or none).
    std::string originalPath() const;
    /// Deletes the recovery file (after a save, a clean quit, or "discard").
    void discard();

private:
    std::string m_levelFile, m_pathFile;
};

}  // namespace editor
