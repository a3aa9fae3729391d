// The campaign map: chapters and their levels, with stars, best scores and what is still locked.
#include <imgui.h>

#include <cstdio>

#include "app/campaign_progress.h"
#include "app/screen_layout.h"
#include "app/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace app {
namespace {

class CampaignScreen : public Screen {
public:
    void update(AppContext& ctx, const ScreenInput& in, double) override {
        applyCommonActions(ctx, in.actions);
        for (const UiAction& a : in.actions) {
            if (a.verb == "open_level") {
                ctx.levelId = a.arg;
                m_next = ScreenId::Intro;
                ctx.sound.ui("chime");
            }
            if (a.verb == "back") m_next = ScreenId::Title;
            if (a.verb == "library") m_next = ScreenId::Library;
            if (a.verb == "settings") m_next = ScreenId::Settings;
            if (a.verb == "profiles") m_next = ScreenId::Profile;
        }
        if (in.input.wasPressed(platform::Key::Escape)) m_next = ScreenId::Title;
    }

    void draw(const AppContext& ctx, UiActions& out) const override {
        beginFullWindow("campaign");
        if (backButton()) out.push_back({"back"});
        ImGui::SameLine();
        if (ImGui::Button("Cue Library")) out.push_back({"library"});
        ImGui::SameLine();
        if (ImGui::Button("Settings")) out.push_back({"settings"});
        ImGui::SameLine();
        if (ImGui::Button("Change profile")) out.push_back({"profiles"});
        ui::heading("Your journey");
        const format::Profile& profile = ctx.profiles.current();
        ImGui::Text("%s  ·  %d stars so far", profile.name.c_str(), totalStars(profile));
        if (!ctx.profiles.hasCurrent())
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().caution),
                               "Playing as a guest: progress is kept only until you close Attune. "
                               "Choose \"Change profile\" to keep it.");
        drawNotices(ctx, out);
        const std::vector<std::string> firsts = chapterFirsts(ctx.data.campaign);
        int position = 0;
        for (const format::ChapterDef& chapter : ctx.data.campaign.chapters) {
            ImGui::Spacing();
            ImGui::Separator();
            ui::heading(chapter.title.c_str());
            int column = 0;
            for (const std::string& id : chapter.levels) {
                const core::LevelDef* level = ctx.data.level(id);
                if (!level) continue;
                // Cards wrap to the next row when the window is too narrow for another.
                if (column++ > 0 && ImGui::GetContentRegionAvail().x >= cardSize().x * 2 + ImGui::GetStyle().ItemSpacing.x)
                    ImGui::SameLine();
                const bool open = isUnlocked(profile, ctx.data.order, position, firsts);
                drawCard(ctx, out, *level, id, open, open ? "" : titleOf(ctx, unlockedBy(ctx.data.order, position)));
                ++position;
            }
        }
        drawMoreBelow();
        ImGui::End();
    }

    ScreenId next() const override { return m_next; }

private:
    static ImVec2 cardSize() { return ImVec2(ImGui::GetFontSize() * 22, ImGui::GetFontSize() * 9.5f); }

    static std::string titleOf(const AppContext& ctx, const std::string& id) {
        const core::LevelDef* level = ctx.data.level(id);
        return level ? level->title : id;
    }

    /// While more of the map lies below the window, a line at the bottom says so.
    static void drawMoreBelow() {
        if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f) return;
        const float f = ImGui::GetFontSize();
        const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
        const char* text = "More levels below: scroll down";
        const ImVec2 t = ImGui::CalcTextSize(text);
        const ImVec2 min(pos.x + (size.x - t.x) * 0.5f - f, pos.y + size.y - t.y - f * 1.2f);
        const ImVec2 max(min.x + t.x + f * 2, min.y + t.y + f * 0.8f);
        ImDrawList* d = ImGui::GetForegroundDrawList();
        d->AddRectFilled(min, max, ui::palette().accentSoft, f * 0.5f);
        d->AddText(ImVec2(min.x + f, min.y + f * 0.4f), ui::palette().text, text);
    }

    void drawCard(const AppContext& ctx, UiActions& out, const core::LevelDef& level,
                  const std::string& id, bool open, const std::string& openedBy) const {
        const float f = ImGui::GetFontSize();
        const ImVec2 size = cardSize();
        // The wheel over a card scrolls the map, not the card.
        ImGui::BeginChild(("card" + id).c_str(), size, true,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
        ImGui::PushTextWrapPos(0.0f);
        ui::heading(level.title.c_str());
        const format::LevelProgress* best = progressFor(ctx.profiles.current(), id);
        if (!open) {
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft),
                               "Locked: finish \"%s\" to open it.", openedBy.c_str());
        } else {
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft), "%s",
                               level.summary.c_str());
        }
        ImGui::PopTextWrapPos();
        ImGui::SetCursorPosY(size.y - f * 2.9f);
        ui::stars(best ? best->stars : 0, f * 1.3f);
        ImGui::SameLine();
        if (best) ImGui::Text("Best %d", static_cast<int>(best->bestScore + 0.5f));
        else ImGui::TextUnformatted(open ? "New" : "");
        ImGui::SameLine(size.x - f * 6.5f);
        if (!open) ImGui::BeginDisabled();
        if (ui::primaryButton(open ? "Play" : "Locked", ImVec2(f * 5.5f, 0))) out.push_back({"open_level", id});
        if (!open) ImGui::EndDisabled();
        ImGui::EndChild();
    }

    ScreenId m_next = ScreenId::Stay;
};

}  // namespace

std::unique_ptr<Screen> makeCampaignScreen() { return std::make_unique<CampaignScreen>(); }

}  // namespace app
