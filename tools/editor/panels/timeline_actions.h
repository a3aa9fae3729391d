// Timeline actions shared by the timeline's buttons, the Edit menu and the shortcuts.
#pragma once

#include "editor/editor_context.h"

namespace editor {

/// Adds an episode at the play marker (the selected episode's need, or hunger) and selects it.
void addEpisodeAtMarker(EditorContext& ctx);
/// Adds a phone call at the play marker and selects it.
void addEventAtMarker(EditorContext& ctx);
/// Duplicates the selection 5 s later and selects the copies.
void duplicateSelection(EditorContext& ctx);
/// Deletes the selection.
void deleteSelection(EditorContext& ctx);

}  // namespace editor
