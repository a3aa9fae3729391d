// Open, new, save.
#include "editor/file_actions.h"

#include <algorithm>
#include <filesystem>

#include "format/level_file.h"

namespace editor {

bool openLevelFile(EditorContext& ctx, const std::string& path) {
    auto loaded = format::loadLevel(path, ctx.catalog, format::LevelLoad::KeepMeaningErrors);
    if (!loaded.value) {
        ctx.status = "Could not open " + path + ": " +
                     (loaded.diagnostics.empty() ? std::string("unreadable")
                                                 : format::formatDiagnostic(loaded.diagnostics.front())) +
                     " Fix that spot in a text editor (the numbers are line and column), then open it again.";
        return false;
    }
    ctx.doc.reset(*loaded.value, path);
    ctx.timeline.playFromS = 0.0f;
    ctx.timeline.fitPending = true;
    ctx.pathField = path;
    if (ctx.recent) ctx.recent->add(path);
    ctx.status = "Opened " + path;
    const long errors = std::count_if(loaded.diagnostics.begin(), loaded.diagnostics.end(),
                                      [](const format::Diagnostic& d) { return d.severity == format::Diagnostic::Severity::Error; });
    if (errors > 0)
        ctx.status += " — it has " + std::to_string(errors) + " problem" + (errors == 1 ? "" : "s") +
                      " to fix, listed under Issues.";
    return true;
}

bool saveLevelFile(EditorContext& ctx, const std::string& path) {
    std::string error;
    if (!format::saveLevel(path, ctx.doc.level(), &error)) {
        ctx.status = "Could not save " + path + ": " + error;
        return false;
    }
    ctx.doc.markSaved(path);
    if (ctx.recent) ctx.recent->add(path);
    ctx.status = "Saved " + path;
    const int errors = ctx.errorCount();
    if (errors > 0)
        ctx.status += " — with " + std::to_string(errors) + " error" + (errors == 1 ? "" : "s") +
                      " (see Issues): the editor opens it again with them listed, but the game will not play it until they are fixed.";
    return true;
}

void newLevel(EditorContext& ctx) {
    ctx.doc.reset(starterLevel(), "");
    ctx.timeline.playFromS = 0.0f;
    ctx.timeline.fitPending = true;
    ctx.status = "New level: give it a title, then add episodes on the timeline.";
}

std::string suggestedPath(const EditorContext& ctx) {
    if (!ctx.doc.path().empty()) return ctx.doc.path();
    const std::string id = ctx.doc.level().id.empty() ? "new-level" : ctx.doc.level().id;
    return ctx.levelsDir + "/" + id + ".json";
}

std::vector<std::string> listLevelFiles(const std::string& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        const auto p = entry.path();
        if (p.extension() == ".json" && p.filename() != "index.json") out.push_back(p.string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace editor
