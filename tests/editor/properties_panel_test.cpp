// The level properties and inspector through ImGui with no window: typing in a field is one undo
// step, long texts open for editing when an issue points at them.
#include <catch2/catch.hpp>

#include "imgui_harness.h"

using namespace editor;

namespace {

/// Opens the field the way a click on an issue does, types, then clicks an empty spot.
void typeInto(HeadlessImGui& imgui, EditorContext& ctx, const char* field, const char* text) {
    ctx.focus(field);
    imgui.frame(ctx, -1, -1, false);
    imgui.frame(ctx, -1, -1, false);
    imgui.type(ctx, text);
    imgui.click(ctx, 5, 895);  // the status bar: takes the focus away
}

}  // namespace

TEST_CASE("Level panel: typing a title is one undo step") {
    HeadlessImGui imgui;
    EditorContext ctx = editorOn("01-early-hunger.json");
    const std::string before = ctx.doc.level().title;
    imgui.frame(ctx, -1, -1, false);
    typeInto(imgui, ctx, "title", "New words");
    CHECK(ctx.doc.level().title != before);
    CHECK(ctx.doc.level().title.find("New words") != std::string::npos);
    CHECK(ctx.doc.history().size() == 1);
    ctx.doc.undo();
    CHECK(ctx.doc.level().title == before);
}

TEST_CASE("Inspector: an episode's feedback, a long text, is edited in place as one undo step") {
    HeadlessImGui imgui;
    EditorContext ctx = editorOn("01-early-hunger.json");
    ctx.doc.selection().selectOnly({ItemKind::Episode, 1});
    const std::string before = ctx.doc.level().episodes[1].feedback;
    imgui.frame(ctx, -1, -1, false);
    typeInto(imgui, ctx, "episodes[1].feedback", "Well read!");
    CHECK(ctx.doc.level().episodes[1].feedback.find("Well read!") != std::string::npos);
    CHECK(ctx.doc.history().size() == 1);
    ctx.doc.undo();
    CHECK(ctx.doc.level().episodes[1].feedback == before);
}

TEST_CASE("Level panel: an issue about a reflection question opens its closed section and the field") {
    HeadlessImGui imgui;
    EditorContext ctx = editorOn("01-early-hunger.json");
    REQUIRE(!ctx.doc.level().reflection.empty());
    const std::string before = ctx.doc.level().reflection[0];
    imgui.frame(ctx, -1, -1, false);
    typeInto(imgui, ctx, "reflection[0]", "Why? ");
    CHECK(ctx.doc.level().reflection[0] != before);
    CHECK(ctx.doc.level().reflection[0].find("Why? ") != std::string::npos);
    CHECK(ctx.doc.history().size() == 1);
}

TEST_CASE("Level panel: typing in the summary, then clicking straight into the intro card keeps both texts") {
    HeadlessImGui imgui;
    EditorContext ctx = editorOn("01-early-hunger.json");
    imgui.frame(ctx, -1, -1, false);
    imgui.frame(ctx, -1, -1, false);
    imgui.clickLabel(ctx, "summary");
    imgui.frame(ctx, -1, -1, false);
    imgui.type(ctx, " Summary words.");
    imgui.clickLabel(ctx, "intro");  // straight from one field into the next
    imgui.frame(ctx, -1, -1, false);
    imgui.type(ctx, " Intro words.");
    imgui.click(ctx, 5, 895);
    imgui.frame(ctx, -1, -1, false);
    CHECK(ctx.doc.level().summary.find("Summary words.") != std::string::npos);
    CHECK(ctx.doc.level().intro.find("Intro words.") != std::string::npos);
}
