// The shared frame of every screen: one full-window panel, notices on top.
#include "app/screen_layout.h"

#include "ui/widgets.h"

namespace app {

void beginFullWindow(const char* name, bool scroll, bool background) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (!scroll) flags |= ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    if (!background) flags |= ImGuiWindowFlags_NoBackground;
    ImGui::Begin(name, nullptr, flags);
}

void drawNotices(const AppContext& ctx, UiActions& out) {
    for (std::size_t i = 0; i < ctx.notices.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ui::noticeBanner(ctx.notices[i]);
        if (ImGui::SmallButton("Got it")) out.push_back({"dismiss_notice", "", static_cast<int>(i)});
        ImGui::PopID();
    }
}

void applyCommonActions(AppContext& ctx, const UiActions& actions) {
    for (const UiAction& a : actions)
        if (a.verb == "dismiss_notice" && a.index >= 0 && a.index < static_cast<int>(ctx.notices.size()))
            ctx.notices.erase(ctx.notices.begin() + a.index);
}

bool backButton() { return ImGui::Button("< Back"); }

}  // namespace app
