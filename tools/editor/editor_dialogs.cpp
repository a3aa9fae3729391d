// The editor's shortcuts and dialogs: unsaved changes, open, save as, restore after a crash.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "editor/editor_app.h"
#include "editor/file_actions.h"
#include "editor/panels/panels.h"
#include "ui/widgets.h"

namespace editor {
namespace {

ImVec2 buttonSize() { return ImVec2(ImGui::GetFontSize() * 9.0f, ImGui::GetFontSize() * 2.0f); }

void centreNext() {
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
}

}  // namespace

void EditorApp::handleShortcuts() { handleEditorShortcuts(m_ctx); }

void EditorApp::drawDialogs() {
    if (isDeterministic() && !m_ctx.options.dialogs) return;
    if (m_offerRecovery) drawRecoveryDialog();
    else if (m_pending != Pending::None) drawUnsavedDialog();
    else if (m_showSaveAs) drawSaveAsDialog();
    else if (m_showOpen) drawOpenDialog();
}

void EditorApp::drawUnsavedDialog() {
    ImGui::OpenPopup("Unsaved changes");
    centreNext();
    if (!ImGui::BeginPopupModal("Unsaved changes", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::Text("\"%s\" has changes that are not saved.", m_ctx.doc.displayName().c_str());
    ImGui::TextUnformatted("Save them first?");
    if (ui::primaryButton("Save", buttonSize())) {
        if (m_ctx.doc.path().empty()) {
            m_showSaveAs = true;
            m_saveAsPath = suggestedPath(m_ctx);
            m_pending = Pending::None;
        } else if (saveLevelFile(m_ctx, m_ctx.doc.path())) {
            doPending();
        }
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Don't save", buttonSize())) {
        doPending();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel", buttonSize())) {
        m_pending = Pending::None;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void EditorApp::drawSaveAsDialog() {
    ImGui::OpenPopup("Save level as");
    centreNext();
    if (!ImGui::BeginPopupModal("Save level as", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted("Where should the level be saved? (levels/NAME.json)");
    if (const int errors = m_ctx.errorCount(); errors > 0)
        ImGui::TextWrapped("Note: the level has %d error%s (see Issues). It will be saved, but the game and the "
                           "editor will not open it until they are fixed.", errors, errors == 1 ? "" : "s");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 36.0f);
    ImGui::InputText("##saveas", &m_saveAsPath);
    if (ui::primaryButton("Save", buttonSize())) {
        if (saveLevelFile(m_ctx, m_saveAsPath)) {
            if (m_recovery) m_recovery->discard();
            m_showSaveAs = false;
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel", buttonSize())) {
        m_showSaveAs = false;
        ImGui::CloseCurrentPopup();
    }
    if (!m_ctx.status.empty() && m_ctx.status.rfind("Could not", 0) == 0) ImGui::TextWrapped("%s", m_ctx.status.c_str());
    ImGui::EndPopup();
}

void EditorApp::drawOpenDialog() {
    ImGui::OpenPopup("Open level");
    centreNext();
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34.0f, ImGui::GetFontSize() * 28.0f));
    if (!ImGui::BeginPopupModal("Open level", nullptr, ImGuiWindowFlags_NoResize)) return;
    std::string chosen;
    ImGui::TextUnformatted("Levels folder:");
    if (ImGui::BeginListBox("##levels", ImVec2(-1, ImGui::GetFontSize() * 18.0f))) {
        for (const auto& path : listLevelFiles(m_ctx.levelsDir)) {
            const std::string name = path.substr(path.find_last_of('/') + 1);
            if (ImGui::Selectable(name.c_str(), false, ImGuiSelectableFlags_AllowDoubleClick)) chosen = path;
        }
        ImGui::EndListBox();
    }
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 6.0f);
    ImGui::InputText("##openpath", &m_ctx.pathField);
    ImGui::SameLine();
    if (ImGui::Button("Open path")) chosen = m_ctx.pathField;
    if (ImGui::Button("Cancel", buttonSize())) {
        m_showOpen = false;
        ImGui::CloseCurrentPopup();
    }
    if (!chosen.empty()) {
        m_showOpen = false;
        ImGui::CloseCurrentPopup();
        m_ctx.requests.openPath = chosen;
    }
    ImGui::EndPopup();
}

void EditorApp::drawRecoveryDialog() {
    ImGui::OpenPopup("Restore unsaved work?");
    centreNext();
    if (!ImGui::BeginPopupModal("Restore unsaved work?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted("The editor closed last time before your changes were saved.");
    ImGui::TextUnformatted("A recovery copy was kept. Restore it?");
    if (!m_recoveryFor.empty()) ImGui::TextDisabled("It belongs to %s", m_recoveryFor.c_str());
    if (ui::primaryButton("Restore", buttonSize())) {
        std::string error;
        if (auto back = m_recovery->load(m_ctx.catalog, &error)) {
            m_ctx.doc.reset(back->level, back->originalPath, true);
            m_ctx.status = "Restored unsaved work" +
                           (back->originalPath.empty() ? std::string(".") : " for " + back->originalPath + ".") +
                           " Save it to keep it.";
        } else {
            m_ctx.status = "The recovery copy could not be read: " + error;
        }
        m_offerRecovery = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Discard it", buttonSize())) {
        m_recovery->discard();
        m_offerRecovery = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace editor
