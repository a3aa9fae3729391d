// The document: the level, its path, history and selection.
#include "editor/document.h"

#include <algorithm>

namespace editor {

Document::Document() { reset(starterLevel(), ""); }

void Document::execute(std::unique_ptr<Command> command) {
    m_undo.push(std::move(command), m_level);
    ++m_revision;
    dropStaleSelection();
}

bool Document::undo() {
    if (!m_undo.undo(m_level)) return false;
    ++m_revision;
    dropStaleSelection();
    return true;
}

bool Document::redo() {
    if (!m_undo.redo(m_level)) return false;
    ++m_revision;
    dropStaleSelection();
    return true;
}

void Document::reset(const core::LevelDef& level, const std::string& path, bool dirty) {
    m_level = level;
    m_path = path;
    m_undo.clear();
    m_selection.clear();
    ++m_revision;
    if (dirty) m_undo.markNeverClean();  // restored work differs from what is on disk
}

void Document::markSaved(const std::string& path) {
    m_path = path;
    m_undo.markClean();
}

std::string Document::displayName() const {
    std::string name = m_path.empty() ? "Untitled" : m_path.substr(m_path.find_last_of('/') + 1);
    return isDirty() ? name + " *" : name;
}

void Document::dropStaleSelection() {
    auto& items = m_selection.items;
    items.erase(std::remove_if(items.begin(), items.end(),
                               [this](const ItemRef& r) {
                                   const std::size_t n = r.kind == ItemKind::Episode
                                                             ? m_level.episodes.size()
                                                             : m_level.events.size();
                                   return r.index < 0 || static_cast<std::size_t>(r.index) >= n;
                               }),
                items.end());
}

core::LevelDef starterLevel() {
    core::LevelDef level;
    level.id = "my-new-level";
    level.title = "My new level";
    level.summary = "";
    level.durationS = 180.0f;
    core::EpisodeDef ep;
    ep.id = "first-feed";
    ep.need = "hunger";
    ep.startS = 10.0f;
    level.episodes.push_back(ep);
    return level;
}

}  // namespace editor
