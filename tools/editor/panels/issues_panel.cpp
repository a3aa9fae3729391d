// The issues panel: attune-check's messages, domain warnings and the bots' ranking, live. Clicking
// one selects the episode or event and shows the field.
#include <imgui.h>

#include "editor/panels/fields.h"
#include "editor/panels/panels.h"
#include "ui/theme.h"

namespace editor {
namespace {

void botLine(EditorContext& ctx) {
    const ui::Palette& pal = ui::palette();
    if (ctx.errorCount() > 0) {
        ImGui::TextDisabled("Bots: waiting until the errors are fixed.");
        return;
    }
    if (!ctx.bots) {
        ImGui::TextDisabled("Bots: playing the level...");
        return;
    }
    const BotScores& b = *ctx.bots;
    const bool ok = b.ranksCorrectly();
    ImGui::PushStyleColor(ImGuiCol_Text, ok ? pal.good : pal.caution);
    ImGui::TextWrapped("%s Bots: %s%s", ok ? "OK" : "Warning:", b.summary().c_str(),
                       ctx.botsCurrent ? "" : (ctx.botsRunning ? "  (replaying...)" : "  (out of date)"));
    ImGui::PopStyleColor();
    tooltip("Mean level scores of three bots over a few seeds, computed here with the same code as attune-sim. "
            "A good level lets the sensitive bot beat the slow and the neglecting ones.");
    if (!ok)
        ImGui::TextWrapped("The sensitive bot should score higher than the slow and neglecting bots. "
                           "Give episodes more time, clearer cues, or fewer overlaps.");
}

}  // namespace

void drawIssuesPanel(EditorContext& ctx) {
    if (beginPanel("Issues")) {
        const int errors = ctx.errorCount(), warnings = ctx.warningCount();
        if (errors == 0 && warnings == 0) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().good), "No problems found.");
        else ImGui::Text("%d error%s, %d warning%s", errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
        botLine(ctx);
        ImGui::Separator();
        ImGui::BeginChild("##issues");
        for (std::size_t k = 0; k < ctx.issues.size(); ++k) {
            const format::Diagnostic& d = ctx.issues[k];
            const bool error = d.severity == format::Diagnostic::Severity::Error;
            ImGui::PushID(static_cast<int>(k));
            ImGui::PushStyleColor(ImGuiCol_Text, error ? ui::palette().concern : ui::palette().caution);
            ImGui::TextUnformatted(error ? "Error" : "Warning");
            ImGui::PopStyleColor();
            ImGui::SameLine();
            const std::string text = (d.field.empty() ? "" : d.field + ": ") + d.message;
            ImGui::TextWrapped("%s", text.c_str());
            if (ImGui::IsItemHovered())
                ImGui::GetWindowDrawList()->AddRectFilled(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), IM_COL32(255, 255, 255, 20));
            if (ImGui::IsItemClicked()) {
                const ItemRef item = itemOfField(d.field);
                if (item.index >= 0) ctx.doc.selection().selectOnly(item);
                ctx.focus(d.field);
            }
            tooltip(format::formatDiagnostic(d).c_str());
            ImGui::PopID();
        }
        ImGui::EndChild();
    }
    ImGui::End();
}

}  // namespace editor
