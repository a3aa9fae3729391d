// The Cue Library: every catalog cue shown on the baby, with its meaning, stage, what helps,
// what to avoid, and its published source.
#include <imgui.h>

#include "app/baby_view.h"
#include "app/screen_layout.h"
#include "app/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace app {
namespace {

const char* stageText(core::Stage s) {
    switch (s) {
    case core::Stage::Early: return "Early cue — the best moment to respond";
    case core::Stage::Active: return "Building cue — the need is growing";
    case core::Stage::Late: return "Late cue — calm first, then meet the need";
    }
    return "";
}

class LibraryScreen : public Screen {
public:
    explicit LibraryScreen(ScreenId back) : m_back(back) {}

    void enter(AppContext& ctx) override {
        const int i = ctx.data.index->cueIndex(ctx.libraryCue);
        m_selected = i >= 0 ? i : 0;
        ctx.libraryCue.clear();
    }

    void update(AppContext&, const ScreenInput& in, double) override {
        for (const UiAction& a : in.actions) {
            if (a.verb == "select") m_selected = a.index;
            if (a.verb == "back") m_next = m_back;
        }
        if (in.input.wasPressed(platform::Key::Escape)) m_next = m_back;
    }

    void draw(const AppContext& ctx, UiActions& out) const override {
        beginFullWindow("library", false);
        if (backButton()) out.push_back({"back"});
        ImGui::SameLine();
        ui::heading("Cue Library");
        const ImVec2 avail = ImGui::GetContentRegionAvail();
        drawList(ctx, out, ImVec2(avail.x * 0.26f, avail.y));
        ImGui::SameLine();
        drawEntry(ctx, ImVec2(avail.x * 0.74f - ImGui::GetStyle().ItemSpacing.x, avail.y));
        ImGui::End();
    }

    ScreenId next() const override { return m_next; }

private:
    void drawList(const AppContext& ctx, UiActions& out, ImVec2 size) const {
        ImGui::BeginChild("cues", size, true);
        const core::Catalog& c = ctx.data.catalog;
        for (const core::NeedDef& need : c.needs) {
            bool header = false;
            for (std::size_t i = 0; i < c.cues.size(); ++i) {
                if (c.cues[i].needs.empty() || c.cues[i].needs.front() != need.id) continue;
                if (!header) {
                    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().accent), "%s", need.name.c_str());
                    header = true;
                }
                const int idx = static_cast<int>(i);
                if (ImGui::Selectable((c.cues[i].name + "##" + c.cues[i].id).c_str(), idx == m_selected))
                    out.push_back({"select", "", idx});
                if (idx == m_selected && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY(0.3f);
            }
        }
        ImGui::EndChild();
    }

    void drawEntry(const AppContext& ctx, ImVec2 size) const {
        const core::Catalog& c = ctx.data.catalog;
        if (c.cues.empty()) return;
        const core::CueDef& cue = c.cues[static_cast<std::size_t>(m_selected)];
        ImGui::BeginChild("entry", size, true);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float sceneW = size.x * 0.46f, sceneH = size.y * 0.8f;
        ImDrawList* d = ImGui::GetWindowDrawList();
        core::SettingDef setting;
        BabyViewDef baby;
        baby.depiction = cue.depiction;
        baby.reduceMotion = ctx.settings().reduceMotion;
        baby.colourBlindSafe = ctx.settings().colourBlindSafe;
        drawSetting(d, p, ImVec2(p.x + sceneW, p.y + sceneH), setting, 0.0f, !showsCot(baby), ctx.settings().reduceMotion, ctx.clockS);
        drawBabyAt(d, ImVec2(p.x + sceneW * 0.5f, p.y + sceneH * 0.52f), sceneH * 0.62f, baby, ctx.clockS);
        ImGui::SetCursorScreenPos(ImVec2(p.x + sceneW + ImGui::GetFontSize(), p.y));
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(0.0f);
        ui::heading(cue.name.c_str());
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft), "%s", stageText(cue.stage));
        std::string needs;
        for (const std::string& id : cue.needs)
            for (const core::NeedDef& n : c.needs)
                if (n.id == id) needs += (needs.empty() ? "" : ", ") + n.name;
        field(cue.needs.size() > 1 ? "Can signal (check to tell which)" : "Signals", needs);
        field("What you see", cue.seen);
        if (!cue.heard.empty()) field("What you hear", cue.heard);
        field("What it usually means", cue.meaning);
        field("What helps", cue.helps);
        field("What to avoid", cue.avoid);
        if (const core::SourceDef* s = ctx.data.source(cue.source)) {
            field("Source", s->title);
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().accent), "%s", s->url.c_str());
        }
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        ImGui::EndChild();
    }

    static void field(const char* label, const std::string& text) {
        ImGui::Spacing();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().accent), "%s", label);
        ImGui::TextUnformatted(text.c_str());
    }

    ScreenId m_back;
    int m_selected = 0;
    ScreenId m_next = ScreenId::Stay;
};

}  // namespace

std::unique_ptr<Screen> makeLibraryScreen(ScreenId back) { return std::make_unique<LibraryScreen>(back); }

}  // namespace app
