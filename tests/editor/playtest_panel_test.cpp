// The play-test panel through ImGui's input queue: its buttons clicked where they are drawn.
#include <catch2/catch.hpp>

#include "imgui_harness.h"

using namespace editor;

namespace {

/// Starts a play-test the way the timeline's "Play from here" does: a request, applied between frames.
void startPlayTest(HeadlessImGui& imgui, EditorContext& ctx, const char* policy, double fromS) {
    ctx.requests.play = PlayTestDef{policy, fromS, 1};
    imgui.frame(ctx, -1, -1, false);
    REQUIRE(ctx.play);
}

/// Plays some frames with the simulation advancing between them, as the app's loop does.
void playFrames(HeadlessImGui& imgui, EditorContext& ctx, int frames) {
    for (int i = 0; i < frames && ctx.play; ++i) {
        ctx.play->advance(4);
        imgui.frame(ctx, -1, -1, false);
    }
}

}  // namespace

TEST_CASE("Play-test panel: Back to editing by hand from 1:58 returns to the level, keeping the undo history") {
    HeadlessImGui imgui;
    EditorContext ctx = editorOn("15-busy-afternoon.json");
    ctx.doc.selection().selectOnly({ItemKind::Episode, 1});
    imgui.frame(ctx, -1, -1, false);
    ctx.focus("title");
    imgui.frame(ctx, -1, -1, false);
    imgui.frame(ctx, -1, -1, false);
    imgui.type(ctx, "Edited ");
    imgui.click(ctx, 5, 895);
    REQUIRE(ctx.doc.history().size() == 1);
    const std::string title = ctx.doc.level().title;

    startPlayTest(imgui, ctx, "", 118.0);
    playFrames(imgui, ctx, 30);
    imgui.clickLabel(ctx, "Back to editing");
    CHECK_FALSE(ctx.play);
    imgui.frame(ctx, -1, -1, false);  // the editing panels draw again
    CHECK(ctx.doc.level().title == title);
    CHECK(ctx.doc.history().size() == 1);
    ctx.doc.undo();
    CHECK(ctx.doc.level().title != title);
}

TEST_CASE("Play-test panel: Back to editing works from the start, during a bot run and on the results") {
    HeadlessImGui imgui;
    EditorContext ctx = editorOn("01-early-hunger.json");
    imgui.frame(ctx, -1, -1, false);

    startPlayTest(imgui, ctx, "", 0.0);
    imgui.frame(ctx, -1, -1, false);
    imgui.clickLabel(ctx, "Back to editing");
    CHECK_FALSE(ctx.play);

    startPlayTest(imgui, ctx, "sensitive", 0.0);
    playFrames(imgui, ctx, 40);
    imgui.clickLabel(ctx, "Back to editing");
    CHECK_FALSE(ctx.play);

    startPlayTest(imgui, ctx, "sensitive", 0.0);
    ctx.play->advance(1 << 30);
    imgui.frame(ctx, -1, -1, false);
    REQUIRE(ctx.play->isOver());
    imgui.clickLabel(ctx, "Back to editing");
    CHECK_FALSE(ctx.play);
    imgui.frame(ctx, -1, -1, false);
}
