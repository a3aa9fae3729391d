// Profiles: choose who is playing, or create a new profile with a name.
#include <imgui.h>

#include <string>

#include "app/campaign_progress.h"
#include "app/screen_layout.h"
#include "app/screens.h"
#include "ui/item_locator.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace app {
namespace {

class ProfileScreen : public Screen {
public:
    void update(AppContext& ctx, const ScreenInput& in, double) override {
        applyCommonActions(ctx, in.actions);
        for (const UiAction& a : in.actions) {
            if (a.verb == "choose") {
                ctx.profiles.choose(a.index);
                ctx.styleDirty = true;  // the profile brings its own settings
                m_next = ScreenId::Campaign;
            } else if (a.verb == "create" && !hasName(a.arg)) {
                m_askForName = true;
            } else if (a.verb == "create") {
                ctx.profiles.create(a.arg);
                ctx.styleDirty = true;
                m_next = ScreenId::Campaign;
            } else if (a.verb == "back") {
                m_next = ScreenId::Title;
            }
        }
        if (in.input.wasPressed(platform::Key::Escape)) m_next = ScreenId::Title;
    }

    void draw(const AppContext& ctx, UiActions& out) const override {
        beginFullWindow("profiles");
        if (backButton()) out.push_back({"back"});
        ui::heading("Who is playing?");
        ImGui::TextWrapped("Each profile keeps its own progress and settings on this computer.");
        drawNotices(ctx, out);
        ImGui::Spacing();
        const auto& list = ctx.profiles.profiles();
        const ImVec2 button(ImGui::GetFontSize() * 24, ImGui::GetFontSize() * 2.4f);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string label = list[i].name + "   (" + std::to_string(totalStars(list[i])) +
                                      " stars)##p" + std::to_string(i);
            if (ImGui::Button(label.c_str(), button)) out.push_back({"choose", "", static_cast<int>(i)});
            if (i == 0) ImGui::SetItemDefaultFocus();
        }
        ImGui::Spacing();
        ui::heading("New profile");
        ImGui::SetNextItemWidth(button.x);
        // Enter in the name field creates the profile, as the button does.
        const bool entered = ImGui::InputTextWithHint("##name", "Your name", m_name, sizeof m_name,
                                                      ImGuiInputTextFlags_EnterReturnsTrue);
        ui::noteItem("Your name");
        if (ui::primaryButton("Create and start", button) || entered) out.push_back({"create", m_name});
        if (m_askForName && !hasName(m_name)) {
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().stageLate),
                               "Type a name first: any name or nickname will do.");
            ui::noteItem("Type a name first");
        }
        ImGui::End();
    }

    ScreenId next() const override { return m_next; }

private:
    static bool hasName(const std::string& name) { return name.find_first_not_of(" \t") != std::string::npos; }

    bool m_askForName = false;  ///< Create was pressed with no name
    // The text field's buffer is widget state, not game state: ImGui edits it in place.
    mutable char m_name[64] = "";
    ScreenId m_next = ScreenId::Stay;
};

}  // namespace

std::unique_ptr<Screen> makeProfileScreen() { return std::make_unique<ProfileScreen>(); }

}  // namespace app
