// Title: the sleeping baby in a calm room, the game's name, and four clear choices.
#include <imgui.h>

#include <algorithm>

#include "app/baby_view.h"
#include "app/campaign_progress.h"
#include "app/screen_layout.h"
#include "app/screens.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace app {
namespace {

class TitleScreen : public Screen {
public:
    void update(AppContext& ctx, const ScreenInput& in, double) override {
        applyCommonActions(ctx, in.actions);
        for (const UiAction& a : in.actions) {
            if (a.verb == "play") m_next = ctx.profiles.hasCurrent() ? ScreenId::Campaign : ScreenId::Profile;
            if (a.verb == "continue") {
                ctx.levelId = a.arg;
                m_next = ScreenId::Intro;
            }
            if (a.verb == "library") m_next = ScreenId::Library;
            if (a.verb == "settings") m_next = ScreenId::Settings;
            if (a.verb == "facilitator") m_next = ScreenId::SessionSetup;
            if (a.verb == "quit") ctx.quitRequested = true;
            if (!a.verb.empty() && a.verb != "dismiss_notice") ctx.sound.ui("click");
        }
        if (in.input.wasPressed(platform::Key::Escape)) ctx.quitRequested = true;
    }

    void draw(const AppContext& ctx, UiActions& out) const override {
        beginFullWindow("title", false, false);
        const ImVec2 size = ImGui::GetWindowSize();
        ImDrawList* d = ImGui::GetBackgroundDrawList();
        core::SettingDef setting;
        setting.light = 0.45f;
        setting.timeOfDay = "evening";
        const float menuRight = size.x * 0.04f + menuWidth(size);
        drawSetting(d, ImVec2(menuRight + ImGui::GetFontSize(), 0), size, setting, 0.0f, false, ctx.settings().reduceMotion, ctx.clockS);
        BabyViewDef baby;
        baby.state = core::BabyState::DeepSleep;
        baby.depiction.eyes = core::Eyes::Closed;
        baby.depiction.motion = 0.05f;
        baby.depiction.breathingRate = 0.8f;
        baby.reduceMotion = ctx.settings().reduceMotion;
        drawBabyAt(d, ImVec2((menuRight + size.x) * 0.5f, size.y * 0.55f), size.y * 0.5f, baby, ctx.clockS);
        drawMenu(ctx, out, size);
        ImGui::End();
    }

    ScreenId next() const override { return m_next; }

private:
    void drawMenu(const AppContext& ctx, UiActions& out, ImVec2 size) const {
        const float w = menuWidth(size);
        ImGui::SetCursorPos(ImVec2(size.x * 0.04f, size.y * 0.08f));
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.12f, 0.10f, 0.09f, 0.82f));
        ImGui::BeginChild("menu", ImVec2(w, size.y * 0.84f), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
        ImGui::PopStyleColor();
        ImGui::PushFont(ui::fonts().title);
        ImGui::TextUnformatted("Attune");
        ImGui::PopFont();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft),
                           "Learn to read your baby's cues, and answer them promptly and gently.");
        ImGui::PopTextWrapPos();
        ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.5f));
        if (ctx.profiles.hasCurrent()) ImGui::Text("Playing as %s", ctx.profiles.current().name.c_str());
        const std::string next = ctx.profiles.hasCurrent() ? nextLevel(ctx) : "";
        const core::LevelDef* level = next.empty() ? nullptr : ctx.data.level(next);
        if (level) ImGui::TextWrapped("Next: %s", level->title.c_str());
        // At large text sizes the buttons shrink, then the four small ones go two to a row, so
        // Quit stays in view.
        const float f = ImGui::GetFontSize(), availH = ImGui::GetContentRegionAvail().y;
        const float gapY = ImGui::GetStyle().ItemSpacing.y, buttons = level ? 6.0f : 5.0f;
        const bool pairs = availH / buttons - gapY < f * 1.6f;
        const float fitH = availH / (pairs ? buttons - 2.0f : buttons) - gapY;
        const ImVec2 button(ImGui::GetContentRegionAvail().x, std::clamp(fitH, f * 1.4f, f * 2.2f));
        const ImVec2 small = pairs ? ImVec2((button.x - ImGui::GetStyle().ItemSpacing.x) * 0.5f, button.y) : button;
        if (level && ui::primaryButton("Continue", button)) out.push_back({"continue", next});
        if (level) ImGui::SetItemDefaultFocus();
        if ((level ? ImGui::Button("Choose a level", button) : ui::primaryButton("Play", button)))
            out.push_back({"play"});
        if (!level) ImGui::SetItemDefaultFocus();
        if (ImGui::Button("Cue Library", small)) out.push_back({"library"});
        if (pairs) ImGui::SameLine();
        if (ImGui::Button("Settings", small)) out.push_back({"settings"});
        if (ImGui::Button(pairs ? "Facilitator" : "Facilitator session", small)) out.push_back({"facilitator"});
        if (pairs) ImGui::SameLine();
        if (ImGui::Button("Quit", small)) out.push_back({"quit"});
        ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.5f));
        drawNotices(ctx, out);
        ImGui::EndChild();
    }

    static float menuWidth(ImVec2 size) { return std::max(size.x * 0.3f, ImGui::GetFontSize() * 20.0f); }

    /// The first open level not yet finished, in campaign order ("" when all are done).
    static std::string nextLevel(const AppContext& ctx) {
        const format::Profile& p = ctx.profiles.current();
        for (std::size_t i = 0; i < ctx.data.order.size(); ++i)
            if (isUnlocked(p, ctx.data.order, static_cast<int>(i), chapterFirsts(ctx.data.campaign)) &&
                !progressFor(p, ctx.data.order[i]))
                return ctx.data.order[i];
        return "";
    }

    ScreenId m_next = ScreenId::Stay;
};

}  // namespace

std::unique_ptr<Screen> makeTitleScreen() { return std::make_unique<TitleScreen>(); }

}  // namespace app
