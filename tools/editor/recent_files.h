// The most recently opened or saved levels, kept one path a line in CONFIG/editor-recent.txt.
#pragma once

#include <string>
#include <vector>

namespace editor {

/// A short most-recent-first list of level paths.
class RecentFiles {
public:
    /// Reads the list from file (missing file: empty list).
    explicit RecentFiles(std::string file);
    /// Moves path to the front and writes the list.
    void add(const std::string& path);
    /// Most recent first.
    const std::vector<std::string>& paths() const { return m_paths; }

private:
    std::string m_file;
    std::vector<std::string> m_paths;
};

/// How many paths are kept.
inline constexpr std::size_t kMaxRecentFiles = 8;

}  // namespace editor
