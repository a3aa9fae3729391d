// Tests of the level map driven by the mouse: the wheel over a card scrolls the map, locked cards
// say which level opens them, and every chapter's first level is open to a new player.
#include <catch2/catch.hpp>

#include <imgui_internal.h>

#include <algorithm>

#include "app/campaign_progress.h"
#include "support/screen_harness.h"
#include "ui/item_locator.h"

namespace {

/// The first level card's child window (ImGui names it after its parent and id).
ImGuiWindow* firstCard() {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (std::string(w->Name).find("card01-") != std::string::npos) return w;
    return nullptr;
}

}  // namespace

TEST_CASE("Campaign screen: the mouse wheel over a level card scrolls the map") {
    testing::ScreenHarness h(app::ScreenId::Campaign);
    h.frame();
    h.frame();  // the map knows its height from the frame before
    ImGuiWindow* map = ImGui::FindWindowByName("campaign");
    ImGuiWindow* card = firstCard();
    REQUIRE(map);
    REQUIRE(card);
    REQUIRE(map->ScrollMax.y > 0.0f);
    const ImVec2 over = card->Rect().GetCenter();
    REQUIRE(over.y < 720.0f);
    ImGui::GetIO().MouseWheel = -2.0f;
    h.frame(over.x, over.y);
    CHECK(ImGui::GetCurrentContext()->HoveredWindow == card);
    ImGui::GetIO().MouseWheel = 0.0f;
    h.frame(over.x, over.y);
    CHECK(map->Scroll.y > 0.0f);
}

TEST_CASE("Campaign screen: a new player can open the first level of every chapter") {
    ui::clearItemRects();
    testing::ScreenHarness h(app::ScreenId::Campaign);
    h.frame();
    const std::vector<std::string> firsts = app::chapterFirsts(h.data.campaign);
    REQUIRE(firsts.size() >= 2);
    int open = 0;
    for (std::size_t i = 0; i < h.data.order.size(); ++i)
        open += app::isUnlocked(h.profiles->current(), h.data.order, static_cast<int>(i), firsts) ? 1 : 0;
    CHECK(open == static_cast<int>(firsts.size()));
    CHECK(std::find(firsts.begin(), firsts.end(), "07-safe-sleep") != firsts.end());
}
