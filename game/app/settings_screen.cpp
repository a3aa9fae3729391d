// Settings: the shared settings panel on a full window, with Back and any notices.
#include <imgui.h>

#include "app/screen_layout.h"
#include "app/screens.h"
#include "app/settings_panel.h"
#include "ui/widgets.h"

namespace app {
namespace {

class SettingsScreen : public Screen {
public:
    explicit SettingsScreen(ScreenId back) : m_back(back) {}

    void update(AppContext& ctx, const ScreenInput& in, double) override {
        for (const UiAction& a : in.actions)
            if (!m_panel.apply(ctx, a) && a.verb == "back") m_next = m_back;
        if (in.input.wasPressed(platform::Key::Escape)) {
            if (m_panel.remapping()) m_panel.cancelRemap();
            else m_next = m_back;
        }
    }

    void draw(const AppContext& ctx, UiActions& out) const override {
        beginFullWindow("settings");
        if (backButton()) out.push_back({"back"});
        ui::heading("Settings");
        ImGui::Text("For %s. Changes are saved straight away.", ctx.profiles.current().name.c_str());
        drawNotices(ctx, out);
        m_panel.draw(ctx, out, false);
        ImGui::End();
    }

    ScreenId next() const override { return m_next; }

private:
    ScreenId m_back;
    SettingsPanel m_panel;
    ScreenId m_next = ScreenId::Stay;
};

}  // namespace

std::unique_ptr<Screen> makeSettingsScreen(ScreenId back) { return std::make_unique<SettingsScreen>(back); }

}  // namespace app
