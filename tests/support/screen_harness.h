// Tests that drive a game screen: real content, a throwaway profile store, an ImGui context with a
// built font atlas, and frames with a scripted mouse and keyboard (no window, no GL).
#pragma once

#include <catch2/catch.hpp>
#include <imgui.h>

#include <memory>
#include <string>

#include "app/app_context.h"
#include "app/screen.h"
#include "platform/input.h"
#include "ui/theme.h"

namespace testing {

/// A screen with everything it needs, for the length of one test.
struct ScreenHarness {
    explicit ScreenHarness(app::ScreenId id, bool persist = false) {
        std::string error;
        REQUIRE(app::loadGameData(ATTUNE_ROOT_DIR, &data, &error));
        profiles = std::make_unique<app::ProfileStore>(std::string(), persist);
        ctx = std::make_unique<app::AppContext>(options, data, *profiles, sound);
        ctx->windowWidthPx = 1280;
        ctx->windowHeightPx = 720;
        if (!data.order.empty()) ctx->levelId = data.order.front();
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1280, 720);
        io.IniFilename = nullptr;
        for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = 100 + k;  // any distinct indices
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ui::applyTheme({});
        screen = app::makeScreen(id, app::ScreenId::Title);
        screen->enter(*ctx);
    }
    ~ScreenHarness() { ImGui::DestroyContext(); }

    /// One frame: draw with the mouse at (x, y), then one update with what the draw reported.
    void frame(float x = -1, float y = -1, bool down = false, const platform::InputFrame& in = {}) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        io.MousePos = ImVec2(x, y);
        io.MouseDown[0] = down;
        ImGui::NewFrame();
        actions.clear();
        screen->draw(*ctx, actions);
        ImGui::Render();
        screen->update(*ctx, app::ScreenInput{actions, in}, 1.0 / 60.0);
    }
    /// A click at (x, y): press and release.
    void click(float x, float y) {
        frame(x, y, false);
        frame(x, y, true);
        frame(x, y, false);
    }
    /// Types text into the focused field, one character a frame.
    void type(const char* text) {
        for (const char* c = text; *c; ++c) {
            ImGui::GetIO().AddInputCharacter(static_cast<unsigned>(*c));
            frame();
        }
    }
    /// Presses and releases an ImGui named key (ImGuiKey_Enter ...).
    void key(ImGuiKey k) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeysDown[io.KeyMap[k]] = true;
        frame();
        io.KeysDown[io.KeyMap[k]] = false;
        frame();
    }
    /// True if an action with this verb was reported in the last frame.
    bool reported(const char* verb) const {
        for (const app::UiAction& a : actions)
            if (a.verb == verb) return true;
        return false;
    }

    app::AppOptions options;
    app::GameData data;
    app::Sound sound;
    std::unique_ptr<app::ProfileStore> profiles;
    std::unique_ptr<app::AppContext> ctx;
    std::unique_ptr<app::Screen> screen;
    app::UiActions actions;
};

}  // namespace testing
