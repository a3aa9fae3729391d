// Where each panel sits: level properties and files on the left, the timeline across the top,
// inspector and baby preview below it, issues and catalog on the right.
#include <imgui.h>

#include <algorithm>

#include "editor/panels/panels.h"

namespace editor {
namespace {

constexpr ImGuiWindowFlags kPanelFlags =
    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

void place(float x, float y, float w, float h) {
    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::SetNextWindowSize(ImVec2(w, h));
}

}  // namespace

void drawEditor(EditorContext& ctx) {
    drawMenuBar(ctx);
    const ImVec2 d = ImGui::GetIO().DisplaySize;
    const float f = ImGui::GetFontSize();
    const float top = ImGui::GetFrameHeight();
    const float status = f * 1.8f;
    const float h = d.y - top - status;
    const float leftW = std::max(f * 21.0f, d.x * 0.21f);
    const float rightW = std::max(f * 22.0f, d.x * 0.24f);
    const float midX = leftW, midW = d.x - leftW - rightW;
    const float timelineH = h * 0.46f;
    place(0, d.y - status, d.x, status);
    drawStatusBar(ctx);
    if (ctx.play) {
        place(0, top, d.x, h);
        drawPlayTestPanel(ctx);
        return;
    }
    place(0, top, leftW, h * 0.66f);
    drawPropertiesPanel(ctx);
    place(0, top + h * 0.66f, leftW, h * 0.34f);
    drawFilesPanel(ctx);
    place(midX, top, midW, timelineH);
    drawTimelinePanel(ctx);
    place(midX, top + timelineH, midW * 0.55f, h - timelineH);
    drawInspectorPanel(ctx);
    place(midX + midW * 0.55f, top + timelineH, midW * 0.45f, h - timelineH);
    drawPreviewPanel(ctx);
    place(d.x - rightW, top, rightW, h * 0.34f);
    drawIssuesPanel(ctx);
    place(d.x - rightW, top + h * 0.34f, rightW, h * 0.66f);
    drawCatalogPanel(ctx);
}

/// Begins a fixed panel window (the caller placed it).
bool beginPanel(const char* title) { return ImGui::Begin(title, nullptr, kPanelFlags); }

}  // namespace editor
