// The editing shortcuts. ImGui 1.86 has no ImGuiKey_A..Z: letters are SDL scancodes, looked up by
// name through the platform module.
#include <imgui.h>

#include "editor/panels/panels.h"
#include "editor/panels/timeline_actions.h"
#include "platform/input.h"

namespace editor {
namespace {

bool pressed(const char* key) { return ImGui::IsKeyPressed(platform::scancodeForLabel(key), false); }

}  // namespace

void handleEditorShortcuts(EditorContext& ctx) {
    const ImGuiIO& io = ImGui::GetIO();
    Requests& r = ctx.requests;
    if (io.KeyCtrl && pressed("S")) (io.KeyShift ? r.saveAs : r.save) = true;
    if (io.KeyCtrl && pressed("O")) r.openDialog = true;
    if (io.KeyCtrl && pressed("N")) r.newLevel = true;
    if (io.WantTextInput || ctx.play) return;  // text fields keep their own undo and Delete
    if (io.KeyCtrl && pressed("Z")) io.KeyShift ? ctx.doc.redo() : ctx.doc.undo();
    if (io.KeyCtrl && pressed("Y")) ctx.doc.redo();
    if (io.KeyCtrl && pressed("D")) duplicateSelection(ctx);
    if (pressed("Delete")) deleteSelection(ctx);
}

}  // namespace editor
