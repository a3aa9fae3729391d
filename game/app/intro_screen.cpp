// The level intro card: who the baby is, the time of day, and what to practise.
#include <imgui.h>

#include "app/baby_view.h"
#include "app/screen_layout.h"
#include "app/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace app {
namespace {

std::string ageText(int weeks) {
    if (weeks < 9) return std::to_string(weeks) + (weeks == 1 ? " week old" : " weeks old");
    return std::to_string(weeks * 12 / 52) + " months old";
}

std::string temperamentText(core::Temperament t) {
    switch (t) {
    case core::Temperament::Easy: return "usually settles easily";
    case core::Temperament::SlowToWarm: return "takes time to warm up to new things";
    case core::Temperament::Intense: return "feels things strongly and quickly";
    }
    return "";
}

class IntroScreen : public Screen {
public:
    void update(AppContext&, const ScreenInput& in, double) override {
        for (const UiAction& a : in.actions) {
            if (a.verb == "start") m_next = ScreenId::Play;
            if (a.verb == "back") m_next = ScreenId::Campaign;
        }
        if (in.input.wasPressed(platform::Key::Escape)) m_next = ScreenId::Campaign;
        if (in.input.wasPressed(platform::Key::Enter) || in.input.wasPressed(platform::Key::Space))
            m_next = ScreenId::Play;
    }

    void draw(const AppContext& ctx, UiActions& out) const override {
        beginFullWindow("intro", false);
        const core::LevelDef* level = ctx.data.level(ctx.levelId);
        if (!level) {
            ImGui::TextUnformatted("This level could not be loaded.");
            if (backButton()) out.push_back({"back"});
            ImGui::End();
            return;
        }
        const ImVec2 size = ImGui::GetWindowSize();
        ImDrawList* d = ImGui::GetWindowDrawList();
        const ImVec2 sceneMin(size.x * 0.55f, size.y * 0.08f), sceneMax(size.x * 0.96f, size.y * 0.92f);
        drawSetting(d, sceneMin, sceneMax, level->setting, 0.0f, false, ctx.settings().reduceMotion, ctx.clockS);
        BabyViewDef baby;
        baby.state = level->baby.initialState;
        baby.ageWeeks = level->baby.ageWeeks;
        const bool asleep = baby.state == core::BabyState::DeepSleep || baby.state == core::BabyState::LightSleep;
        baby.depiction.eyes = asleep ? core::Eyes::Closed : core::Eyes::Open;
        baby.reduceMotion = ctx.settings().reduceMotion;
        drawBabyAt(d, ImVec2((sceneMin.x + sceneMax.x) * 0.5f, (sceneMin.y + sceneMax.y) * 0.55f),
                   (sceneMax.y - sceneMin.y) * 0.55f, baby, ctx.clockS);
        drawCard(*level, size, out);
        ImGui::End();
    }

    ScreenId next() const override { return m_next; }

private:
    void drawCard(const core::LevelDef& level, ImVec2 size, UiActions& out) const {
        ImGui::SetCursorPos(ImVec2(size.x * 0.05f, size.y * 0.08f));
        ImGui::BeginChild("card", ImVec2(size.x * 0.46f, size.y * 0.84f), true);
        if (backButton()) out.push_back({"back"});
        ui::heading(level.title.c_str());
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft), "%s, %s, %s. %s in the %s.",
                           level.baby.name.c_str(), ageText(level.baby.ageWeeks).c_str(),
                           temperamentText(level.baby.temperament).c_str(),
                           capitalised(level.setting.timeOfDay).c_str(), roomName(level.setting.room).c_str());
        ImGui::Spacing();
        ImGui::TextUnformatted(level.intro.c_str());
        ImGui::Spacing();
        ui::heading("What to practise");
        for (const std::string& goal : level.learningGoals) ImGui::BulletText("%s", goal.c_str());
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
        const float f = ImGui::GetFontSize();
        if (ui::primaryButton("Start  (Enter)", ImVec2(f * 12, f * 2.4f))) out.push_back({"start"});
        ImGui::SetItemDefaultFocus();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft),
                           "Esc pauses at any time. Each response has a key shown on its button.");
        ImGui::EndChild();
    }

    static std::string capitalised(std::string s) {
        if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
        return s;
    }

    static std::string roomName(std::string s) {
        for (char& c : s)
            if (c == '_') c = ' ';
        return s;
    }

    ScreenId m_next = ScreenId::Stay;
};

}  // namespace

std::unique_ptr<Screen> makeIntroScreen() { return std::make_unique<IntroScreen>(); }

}  // namespace app
