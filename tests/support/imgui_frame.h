// Tests that draw: an ImGui context with a built font atlas and one frame open, headless.
#pragma once

#include <imgui.h>

namespace testing {

/// Creates the context and opens a frame; ends the frame and destroys the context on scope exit.
struct ImGuiFrame {
    ImGuiFrame() {
        ctx = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(800, 600);
        io.DeltaTime = 1.0f / 60.0f;
        io.Fonts->Build();
        ImGui::NewFrame();
    }
    ~ImGuiFrame() {
        ImGui::EndFrame();
        ImGui::DestroyContext(ctx);
    }
    ImGuiFrame(const ImGuiFrame&) = delete;
    ImGuiFrame& operator=(const ImGuiFrame&) = delete;
    ImGuiContext* ctx;
};

}  // namespace testing
