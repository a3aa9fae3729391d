// Tests of the settings controls driven through ImGui's input: the text-size slider can be dragged.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "app/settings_panel.h"

namespace {

struct SliderRun {
    bool released = false;
    float value = 0.0f;
    ImVec2 min, max;
};

/// One frame with the mouse at (x, y), drawing the slider over a stored value of 1.0.
SliderRun frame(float x, float y, bool down) {
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = ImVec2(x, y);
    io.MouseDown[0] = down;
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(600, 200));
    ImGui::Begin("settings");
    SliderRun r;
    r.released = app::dragSliderOnRelease("Text size", 1.0f, 0.75f, 2.0f, "%.2fx", &r.value);
    r.min = ImGui::GetItemRectMin();
    r.max = ImGui::GetItemRectMax();
    ImGui::End();
    ImGui::Render();
    return r;
}

}  // namespace

TEST_CASE("Settings panel: dragging the text-size slider reports the dragged value on release") {
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::GetIO().DisplaySize = ImVec2(800, 600);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    const SliderRun first = frame(-1, -1, false);
    const float y = (first.min.y + first.max.y) * 0.5f;
    const float x0 = first.min.x + (first.max.x - first.min.x) * 0.2f;
    const float x1 = first.max.x - 2.0f;
    frame(x0, y, false);
    bool releasedEarly = frame(x0, y, true).released;
    for (int i = 1; i <= 10; ++i) releasedEarly |= frame(x0 + (x1 - x0) * i / 10.0f, y, true).released;
    const SliderRun release = frame(x1, y, false);
    ImGui::DestroyContext();
    CHECK_FALSE(releasedEarly);       // nothing is applied mid-drag
    REQUIRE(release.released);        // the release frame reports it...
    CHECK(release.value > 1.9f);      // ...with the dragged value, not the stored 1.0
}
