// The menu bar (File, Edit, Play) and the status bar with the unsaved marker and issue counts.
#include <imgui.h>

#include <memory>

#include "editor/commands/delete_items.h"
#include "editor/commands/duplicate_items.h"
#include "editor/panels/fields.h"
#include "editor/panels/panels.h"
#include "editor/panels/timeline_actions.h"
#include "ui/theme.h"

namespace editor {
namespace {

void fileMenu(EditorContext& ctx) {
    if (!ImGui::BeginMenu("File")) return;
    Requests& r = ctx.requests;
    if (ImGui::MenuItem("New level", "Ctrl+N")) r.newLevel = true;
    if (ImGui::MenuItem("Open...", "Ctrl+O")) r.openDialog = true;
    if (ImGui::BeginMenu("Open recent", ctx.recent && !ctx.recent->paths().empty())) {
        for (const auto& p : ctx.recent->paths())
            if (ImGui::MenuItem(p.c_str())) r.openPath = p;
        ImGui::EndMenu();
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Save", "Ctrl+S")) r.save = true;
    if (ImGui::MenuItem("Save as...", "Ctrl+Shift+S")) r.saveAs = true;
    ImGui::Separator();
    if (ImGui::MenuItem("Quit")) r.quit = true;
    ImGui::EndMenu();
}

void editMenu(EditorContext& ctx) {
    if (!ImGui::BeginMenu("Edit")) return;
    Document& doc = ctx.doc;
    const std::string undo = "Undo " + doc.history().undoName();
    const std::string redo = "Redo " + doc.history().redoName();
    if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, doc.history().canUndo())) doc.undo();
    if (ImGui::MenuItem(redo.c_str(), "Ctrl+Shift+Z / Ctrl+Y", false, doc.history().canRedo())) doc.redo();
    ImGui::Separator();
    if (ImGui::MenuItem("Add episode")) addEpisodeAtMarker(ctx);
    if (ImGui::MenuItem("Add environment event")) addEventAtMarker(ctx);
    const bool any = !doc.selection().items.empty();
    if (ImGui::MenuItem("Duplicate", "Ctrl+D", false, any)) duplicateSelection(ctx);
    if (ImGui::MenuItem("Delete", "Delete", false, any)) deleteSelection(ctx);
    ImGui::EndMenu();
}

void playMenu(EditorContext& ctx) {
    if (!ImGui::BeginMenu("Play-test")) return;
    const float from = ctx.timeline.playFromS;
    const std::string marker = "from the marker (" + clockText(from) + ")";
    if (ImGui::MenuItem("Play it myself, from the start")) ctx.requests.play = PlayTestDef{"", 0.0, 1};
    if (ImGui::MenuItem(("Play it myself, " + marker).c_str())) ctx.requests.play = PlayTestDef{"", from, 1};
    ImGui::Separator();
    for (const char* bot : {"sensitive", "slow", "neglect", "intrusive", "random"}) {
        const std::string label = std::string("Watch the ") + bot + " bot, " + marker;
        if (ImGui::MenuItem(label.c_str())) ctx.requests.play = PlayTestDef{bot, from, 1};
    }
    ImGui::EndMenu();
}

}  // namespace

void drawMenuBar(EditorContext& ctx) {
    if (!ImGui::BeginMainMenuBar()) return;
    fileMenu(ctx);
    editMenu(ctx);
    playMenu(ctx);
    const std::string name = ctx.doc.displayName();
    ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize(name.c_str()).x - ImGui::GetFontSize());
    ImGui::TextUnformatted(name.c_str());
    ImGui::EndMainMenuBar();
}

void drawStatusBar(EditorContext& ctx) {
    ImGui::Begin("##status", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    const int errors = ctx.errorCount(), warnings = ctx.warningCount();
    const ImU32 tone = errors ? ui::palette().concern : warnings ? ui::palette().caution : ui::palette().good;
    ImGui::PushStyleColor(ImGuiCol_Text, tone);
    ImGui::Text("%d error%s, %d warning%s", errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
    ImGui::PopStyleColor();
    ImGui::SameLine(ImGui::GetFontSize() * 12.0f);
    ImGui::TextUnformatted(ctx.status.c_str());
    ImGui::End();
}

}  // namespace editor
