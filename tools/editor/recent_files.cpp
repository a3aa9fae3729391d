// Recent files in a plain text file.
#include "editor/recent_files.h"

#include <algorithm>
#include <fstream>

#include "format/atomic_write.h"

namespace editor {

RecentFiles::RecentFiles(std::string file) : m_file(std::move(file)) {
    std::ifstream in(m_file);
    std::string line;
    while (std::getline(in, line) && m_paths.size() < kMaxRecentFiles)
        if (!line.empty()) m_paths.push_back(line);
}

void RecentFiles::add(const std::string& path) {
    m_paths.erase(std::remove(m_paths.begin(), m_paths.end(), path), m_paths.end());
    m_paths.insert(m_paths.begin(), path);
    if (m_paths.size() > kMaxRecentFiles) m_paths.resize(kMaxRecentFiles);
    if (m_file.empty()) return;
    std::string text;
    for (const auto& p : m_paths) text += p + "\n";
    format::writeFileAtomic(m_file, text, nullptr);
}

}  // namespace editor
