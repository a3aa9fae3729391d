// The timeline panel driven through ImGui with no window (ImGui's null-backend approach): a mouse
// drag on a bar moves it and is one undo step; a drag on the right edge resizes; clicks select.
#include <catch2/catch.hpp>

#include <imgui_internal.h>

#include "editor/panels/panels.h"
#include "editor_fixture.h"
#include "imgui_harness.h"

using namespace editor;

namespace {

const BarRect& barOf(const EditorContext& ctx, ItemRef item) {
    for (const BarRect& b : ctx.timeline.bars)
        if (b.item == item) return b;
    FAIL("no bar drawn for the item");
    return ctx.timeline.bars.front();
}

}  // namespace

TEST_CASE("Timeline panel: dragging a bar moves it, snapped, as one undo step") {
    HeadlessImGui imgui;
    EditorContext ctx = editorOn("15-busy-afternoon.json");
    imgui.frame(ctx, -1, -1, false);
    imgui.frame(ctx, -1, -1, false);  // the first frame fits the zoom
    const ItemRef ep{ItemKind::Episode, 1};
    const BarRect bar = barOf(ctx, ep);
    const float x = bar.x0 + 10, y = (bar.y0 + bar.y1) * 0.5f;
    const float before = ctx.doc.level().episodes[1].startS;
    const float pxPerS = ctx.timeline.pxPerS;
    imgui.frame(ctx, x, y, false);
    imgui.frame(ctx, x, y, true);
    for (int i = 1; i <= 20; ++i) imgui.frame(ctx, x + i * 3.0f, y, true);
    imgui.frame(ctx, x + 60.0f, y, false);
    const float after = ctx.doc.level().episodes[1].startS;
    CHECK(after == Approx(std::round(before + 60.0f / pxPerS)).margin(1.0));
    CHECK(after == std::round(after));  // snapped to 1 s
    CHECK(ctx.doc.history().size() == 1);
    CHECK(ctx.doc.selection().items == std::vector<ItemRef>{ep});
    ctx.doc.undo();
    CHECK(ctx.doc.level().episodes[1].startS == before);
}

TEST_CASE("Timeline panel: Ctrl-click selects two bars and one drag moves both in one step") {
    HeadlessImGui imgui;
    EditorContext ctx = editorOn("15-busy-afternoon.json");
    imgui.frame(ctx, -1, -1, false);
    imgui.frame(ctx, -1, -1, false);
    const BarRect a = barOf(ctx, {ItemKind::Episode, 0});
    const BarRect b = barOf(ctx, {ItemKind::Event, 0});
    const auto click = [&](const BarRect& r, bool ctrl) {
        imgui.frame(ctx, r.x0 + 6, (r.y0 + r.y1) * 0.5f, false, ctrl);
        imgui.frame(ctx, r.x0 + 6, (r.y0 + r.y1) * 0.5f, true, ctrl);
        imgui.frame(ctx, r.x0 + 6, (r.y0 + r.y1) * 0.5f, false, ctrl);
    };
    click(a, false);
    click(b, true);
    REQUIRE(ctx.doc.selection().items.size() == 2);
    const float a0 = ctx.doc.level().episodes[0].startS, b0 = ctx.doc.level().events[0].startS;
    const float x = b.x0 + 6, y = (b.y0 + b.y1) * 0.5f;
    imgui.frame(ctx, x, y, true);
    for (int i = 1; i <= 10; ++i) imgui.frame(ctx, x + i * 4.0f, y, true);
    imgui.frame(ctx, x + 40.0f, y, false);
    const float moved = ctx.doc.level().events[0].startS - b0;
    CHECK(moved > 0.0f);
    CHECK(ctx.doc.level().episodes[0].startS - a0 == Approx(moved));
    CHECK(ctx.doc.history().size() == 1);
}

TEST_CASE("Timeline panel: dragging an event's right edge makes it longer, as one undo step") {
    HeadlessImGui imgui;
    EditorContext ctx = editorOn("15-busy-afternoon.json");
    imgui.frame(ctx, -1, -1, false);
    imgui.frame(ctx, -1, -1, false);
    const BarRect bar = barOf(ctx, {ItemKind::Event, 0});
    const float before = ctx.doc.level().events[0].durationS;
    const float x = bar.x1 - 2, y = (bar.y0 + bar.y1) * 0.5f;
    imgui.frame(ctx, x, y, false);
    imgui.frame(ctx, x, y, true);
    for (int i = 1; i <= 10; ++i) imgui.frame(ctx, x + i * 5.0f, y, true);
    imgui.frame(ctx, x + 50.0f, y, false);
    CHECK(ctx.doc.level().events[0].durationS > before);
    CHECK(ctx.doc.level().events[0].startS == shippedLevel("15-busy-afternoon.json").events[0].startS);
    CHECK(ctx.doc.history().size() == 1);
}

TEST_CASE("Editor shortcuts: Ctrl+D duplicates, Delete deletes, Ctrl+Z and Ctrl+Y undo and redo") {
    HeadlessImGui imgui;
    EditorContext ctx = editorOn("01-early-hunger.json");
    const std::size_t n = ctx.doc.level().episodes.size();
    imgui.frame(ctx, -1, -1, false);
    ctx.doc.selection().selectOnly({ItemKind::Episode, 0});
    imgui.key(ctx, "D", true);
    REQUIRE(ctx.doc.level().episodes.size() == n + 1);
    CHECK(ctx.doc.selection().items == std::vector<ItemRef>{{ItemKind::Episode, static_cast<int>(n)}});
    imgui.key(ctx, "Delete", false);
    CHECK(ctx.doc.level().episodes.size() == n);
    imgui.key(ctx, "Z", true);
    CHECK(ctx.doc.level().episodes.size() == n + 1);
    imgui.key(ctx, "Z", true);
    CHECK(ctx.doc.level().episodes.size() == n);
    CHECK_FALSE(ctx.doc.isDirty());
    imgui.key(ctx, "Y", true);
    CHECK(ctx.doc.level().episodes.size() == n + 1);
    imgui.key(ctx, "Z", true, true);  // Ctrl+Shift+Z redoes too
    CHECK(ctx.doc.level().episodes.size() == n);
    imgui.key(ctx, "S", true);
    CHECK(ctx.requests.save);
}

TEST_CASE("Issues panel: clicking an issue selects the episode it is about") {
    HeadlessImGui imgui;
    EditorContext ctx = editorOn("01-early-hunger.json");
    format::Diagnostic d;
    d.field = "episodes[2].need";
    d.message = "unknown need";
    ctx.issues.push_back(d);
    imgui.frame(ctx, -1, -1, false);
    // The issue is the first line of the Issues window's list: find it by the window's position.
    ImGuiWindow* w = ImGui::FindWindowByName("Issues");
    REQUIRE(w != nullptr);
    const float x = w->Pos.x + w->Size.x * 0.6f;
    bool selected = false;
    for (float y = w->Pos.y + 30; y < w->Pos.y + w->Size.y && !selected; y += 6) {
        imgui.frame(ctx, x, y, false);
        imgui.frame(ctx, x, y, true);
        imgui.frame(ctx, x, y, false);
        selected = ctx.doc.selection().items == std::vector<ItemRef>{{ItemKind::Episode, 2}};
    }
    CHECK(selected);
}
