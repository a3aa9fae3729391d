// The catalog browser (cues, responses, needs, sources) and the new-cue form: depiction, need,
// stage and source, previewed on the baby and added to this session's catalog.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/depiction.h"
#include "editor/episode_span.h"
#include "editor/panels/fields.h"
#include "editor/panels/panels.h"
#include "ui/theme.h"

namespace editor {
namespace {

std::string sourceTitle(const EditorContext& ctx, const std::string& id) {
    for (const auto& s : ctx.catalog.sources)
        if (s.id == id) return s.title;
    return id;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

constexpr ImGuiTableFlags kTable = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                   ImGuiTableFlags_Resizable;

void cuesTab(EditorContext& ctx, const std::string& filter) {
    if (!ImGui::BeginTable("##cues", 3, kTable)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Cue");
    ImGui::TableSetupColumn("Stage", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3.5f);
    ImGui::TableSetupColumn("Needs");
    ImGui::TableHeadersRow();
    for (const auto& c : ctx.catalog.cues) {
        if (!matchesFilter(c.name + " " + c.id + " " + joined(c.needs) + " " + c.seen, filter)) continue;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (ImGui::Selectable((c.name + "##" + c.id).c_str(), ctx.preview.cueId == c.id, ImGuiSelectableFlags_SpanAllColumns))
            ctx.preview.cueId = c.id, ctx.preview.showDraft = false;
        tooltip((c.seen + (c.heard.empty() ? "" : "\nHeard: " + c.heard) + "\nMeaning: " + c.meaning +
                 "\nSource: " + sourceTitle(ctx, c.source) + "\n(click to preview)").c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(std::string(core::nameOf(c.stage, core::kStageNames)).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(joined(c.needs).c_str());
    }
    ImGui::EndTable();
}

void responsesTab(EditorContext& ctx, const std::string& filter) {
    if (!ImGui::BeginTable("##responses", 3, kTable)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Response");
    ImGui::TableSetupColumn("Group");
    ImGui::TableSetupColumn("Source");
    ImGui::TableHeadersRow();
    for (const auto& r : ctx.catalog.responses) {
        if (!matchesFilter(r.name + " " + r.id + " " + r.group + " " + r.description, filter)) continue;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.name.c_str());
        tooltip(r.description.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.group.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.source.c_str());
        tooltip(sourceTitle(ctx, r.source).c_str());
    }
    ImGui::EndTable();
}

void needsTab(EditorContext& ctx, const std::string& filter) {
    if (!ImGui::BeginTable("##needs", 3, kTable)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Need");
    ImGui::TableSetupColumn("Ages (weeks)");
    ImGui::TableSetupColumn("Source");
    ImGui::TableHeadersRow();
    for (const auto& n : ctx.catalog.needs) {
        if (!matchesFilter(n.name + " " + n.id + " " + n.description, filter)) continue;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(n.name.c_str());
        tooltip((n.id + ": " + n.description).c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d-%d", n.minAgeWeeks, n.maxAgeWeeks);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(n.source.c_str());
        tooltip(sourceTitle(ctx, n.source).c_str());
    }
    ImGui::EndTable();
}

void sourcesTab(EditorContext& ctx, const std::string& filter) {
    for (const auto& s : ctx.catalog.sources) {
        if (!matchesFilter(s.id + " " + s.title + " " + s.section, filter)) continue;
        ImGui::TextWrapped("%s", s.title.c_str());
        ImGui::TextDisabled("%s  ·  %s", s.id.c_str(), s.section.c_str());
        tooltip(s.url.c_str());
        ImGui::Spacing();
    }
}

}  // namespace

void drawNewCueForm(EditorContext& ctx);

void drawCatalogPanel(EditorContext& ctx) {
    if (beginPanel("Catalog")) {
        static std::string filter;
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##catfilter", "search the catalog", &filter);
        static bool first = true;
        const auto tab = [&](const char* name) {  // --catalog-tab opens one tab at start
            const bool pick = first && ctx.options.catalogTab == name;
            return pick ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
        };
        if (ImGui::BeginTabBar("##cattabs")) {
            if (ImGui::BeginTabItem("Cues", nullptr, tab("cues"))) { cuesTab(ctx, filter); ImGui::EndTabItem(); }
            if (ImGui::BeginTabItem("Responses", nullptr, tab("responses"))) { responsesTab(ctx, filter); ImGui::EndTabItem(); }
            if (ImGui::BeginTabItem("Needs", nullptr, tab("needs"))) { needsTab(ctx, filter); ImGui::EndTabItem(); }
            if (ImGui::BeginTabItem("Sources", nullptr, tab("sources"))) { ImGui::BeginChild("##src"); sourcesTab(ctx, filter); ImGui::EndChild(); ImGui::EndTabItem(); }
            if (ImGui::BeginTabItem("New cue", nullptr, tab("new-cue"))) { ImGui::BeginChild("##newcue"); drawNewCueForm(ctx); ImGui::EndChild(); ImGui::EndTabItem(); }
            ImGui::EndTabBar();
        }
        first = false;
    }
    ImGui::End();
}

}  // namespace editor
