// Crash recovery files.
#include "editor/recovery.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "format/atomic_write.h"
#include "format/level_file.h"

namespace editor {

Recovery::Recovery(std::string dir)
    : m_levelFile(dir.empty() ? "" : dir + "/editor-recovery.json"),
      m_pathFile(dir.empty() ? "" : dir + "/editor-recovery-path.txt") {}

bool Recovery::save(const core::LevelDef& level, const std::string& originalPath) {
    if (m_levelFile.empty()) return false;
    return format::writeFileAtomic(m_pathFile, originalPath + "\n", nullptr) &&
           format::writeFileAtomic(m_levelFile, format::levelToJson(level), nullptr);
}

bool Recovery::exists() const {
    std::error_code ec;
    return !m_levelFile.empty() && std::filesystem::exists(m_levelFile, ec);
}

std::optional<Recovered> Recovery::load(const core::Catalog& catalog, std::string* error) const {
    std::ifstream in(m_levelFile);
    std::stringstream text;
    text << in.rdbuf();
    auto loaded = format::parseLevel(text.str(), m_levelFile, catalog);
    if (!loaded.value) {
        if (error) *error = loaded.diagnostics.empty() ? "unreadable" : format::formatDiagnostic(loaded.diagnostics[0]);
        return std::nullopt;
    }
    return Recovered{*loaded.value, originalPath()};
}

std::string Recovery::originalPath() const {
    std::ifstream in(m_pathFile);
    std::string path;
    std::getline(in, path);
    return path;
}

void Recovery::discard() {
    if (m_levelFile.empty()) return;
    std::remove(m_levelFile.c_str());
    std::remove(m_pathFile.c_str());
    std::remove((m_levelFile + ".bak").c_str());
    std::remove((m_pathFile + ".bak").c_str());
}

}  // namespace editor
