// The editor's panels. Each draws one ImGui window from the shared EditorContext and changes the
// level only through ctx.doc.execute().
#pragma once

#include "editor/editor_context.h"

namespace editor {

/// Begins one of the fixed panel windows; always pair with ImGui::End().
bool beginPanel(const char* title);
/// The editing shortcuts: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y, Ctrl+S, Ctrl+Shift+S, Ctrl+O, Ctrl+N,
/// Ctrl+D, Delete (keys by SDL scancode through the platform module).
void handleEditorShortcuts(EditorContext& ctx);
/// Menu bar, status bar and every panel at its place (or the play-test over them).
void drawEditor(EditorContext& ctx);

void drawMenuBar(EditorContext& ctx);
void drawStatusBar(EditorContext& ctx);
/// Level properties: title, texts, goals, baby, setting, timing, reflection, facilitator notes.
void drawPropertiesPanel(EditorContext& ctx);
/// The levels folder, a path field and recent files.
void drawFilesPanel(EditorContext& ctx);
/// Episodes and environment events across time: select, drag, resize, add, duplicate, delete.
void drawTimelinePanel(EditorContext& ctx);
/// The selected episode's or event's fields.
void drawInspectorPanel(EditorContext& ctx);
/// Any cue at any stage on the game's baby.
void drawPreviewPanel(EditorContext& ctx);
/// attune-check's messages, the domain checks and the bots' ranking.
void drawIssuesPanel(EditorContext& ctx);
/// Cues, responses, needs and sources, and a new-cue form.
void drawCatalogPanel(EditorContext& ctx);
/// A running play-test with its score breakdown.
void drawPlayTestPanel(EditorContext& ctx);

}  // namespace editor
