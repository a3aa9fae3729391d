// A headless ImGui harness for panel tests: a context with a built font atlas, frames with a
// scripted mouse and keyboard, and the editor drawn into it (no window, no GL).
#pragma once

#include <imgui.h>

#include "editor/panels/panels.h"
#include "editor_fixture.h"
#include "platform/input.h"
#include "ui/item_locator.h"
#include "ui/theme.h"


/// An ImGui context with a built font atlas and a fixed display, for the length of one test.
struct HeadlessImGui {
    HeadlessImGui() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1600, 900);
        io.IniFilename = nullptr;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ui::applyTheme({});
    }
    ~HeadlessImGui() {
        ui::clearItemRects();
        ImGui::DestroyContext();
    }

    /// One frame with a key (by name, e.g. "Z") pressed, then one with it released.
    void key(editor::EditorContext& ctx, const char* name, bool ctrl, bool shift = false) {
        ImGuiIO& io = ImGui::GetIO();
        const int sc = platform::scancodeForLabel(name);
        REQUIRE(sc >= 0);
        io.KeyShift = shift;
        io.KeysDown[sc] = true;
        frame(ctx, -1, -1, false, ctrl);
        io.KeysDown[sc] = false;
        frame(ctx, -1, -1, false, ctrl);
        io.KeyShift = false;
    }

    /// Types text into the active field, one character a frame.
    void type(editor::EditorContext& ctx, const char* text) {
        for (const char* c = text; *c; ++c) {
            ImGui::GetIO().AddInputCharacter(static_cast<unsigned>(*c));
            frame(ctx, -1, -1, false);
        }
    }

    /// A click at (x, y): press and release.
    void click(editor::EditorContext& ctx, float x, float y) {
        frame(ctx, x, y, false);
        frame(ctx, x, y, true);
        frame(ctx, x, y, false);
    }

    /// One frame with the mouse at (x, y), the left button down or up.
    void frame(editor::EditorContext& ctx, float x, float y, bool down, bool ctrl = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        io.MousePos = ImVec2(x, y);
        io.MouseDown[0] = down;
        io.KeyCtrl = ctrl;
        ImGui::NewFrame();
        editor::drawEditor(ctx);
        editor::handleEditorShortcuts(ctx);
        ImGui::Render();
        if (!down && !ImGui::IsAnyItemActive()) ctx.doc.endMerge();
        editor::applyPlayRequests(ctx);  // between frames, as the app does
    }

    /// Clicks the control drawn last frame with this visible label (it must have been drawn).
    void clickLabel(editor::EditorContext& ctx, const char* label) {
        const auto rect = ui::itemRect(label);
        INFO("control: " << label);
        REQUIRE(rect.has_value());
        click(ctx, rect->centre().x, rect->centre().y);
    }
};

inline editor::EditorContext editorOn(const std::string& level) {
    editor::EditorContext ctx;
    ctx.catalog = shippedCatalog();
    ctx.reindex();
    ctx.doc.reset(shippedLevel(level), "x.json");
    return ctx;
}
