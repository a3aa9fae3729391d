// Opening, creating and saving levels from the editor (the guard against lost work is the app's).
#pragma once

#include <string>

#include "editor/editor_context.h"

namespace editor {

/// Loads path into the document; false with ctx.status explaining why (the document is untouched).
bool openLevelFile(EditorContext& ctx, const std::string& path);
/// Saves the document to path through format::saveLevel (atomic, pretty, stable); false with
/// ctx.status set on failure.
bool saveLevelFile(EditorContext& ctx, const std::string& path);
/// Replaces the document with a starter level.
void newLevel(EditorContext& ctx);
/// A suggested path for Save As: LEVELS/<id>.json.
std::string suggestedPath(const EditorContext& ctx);
/// Level files in the levels folder, sorted by name.
std::vector<std::string> listLevelFiles(const std::string& dir);

}  // namespace editor
