// The files panel: the levels folder, a path field and the recent files.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "editor/file_actions.h"
#include "editor/panels/fields.h"
#include "editor/panels/panels.h"

namespace editor {

void drawFilesPanel(EditorContext& ctx) {
    if (beginPanel("Files")) {
        if (ImGui::Button("New")) ctx.requests.newLevel = true;
        ImGui::SameLine();
        if (ImGui::Button("Save")) ctx.requests.save = true;
        ImGui::SameLine();
        if (ImGui::Button("Save as...")) ctx.requests.saveAs = true;
        ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 3.5f);
        ImGui::InputTextWithHint("##path", "path/to/level.json", &ctx.pathField);
        ImGui::SameLine();
        if (ImGui::Button("Open") && !ctx.pathField.empty()) ctx.requests.openPath = ctx.pathField;
        if (ImGui::BeginTabBar("##filetabs")) {
            if (ImGui::BeginTabItem("Levels folder")) {
                for (const auto& path : listLevelFiles(ctx.levelsDir)) {
                    const std::string name = path.substr(path.find_last_of('/') + 1);
                    if (ImGui::Selectable(name.c_str(), path == ctx.doc.path())) ctx.requests.openPath = path;
                    tooltip(path.c_str());
                }
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("Recent")) {
                if (ctx.recent)
                    for (const auto& path : ctx.recent->paths())
                        if (ImGui::Selectable(path.c_str(), path == ctx.doc.path())) ctx.requests.openPath = path;
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
    }
    ImGui::End();
}

}  // namespace editor
