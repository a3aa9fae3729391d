// Tests of the profile screen driven by clicks and keys: Enter creates, an empty name is explained.
#include <catch2/catch.hpp>

#include "support/screen_harness.h"
#include "ui/item_locator.h"

namespace {

ImVec2 centreOf(const char* label) {
    const auto rect = ui::itemRect(label);
    INFO("control: " << label);
    REQUIRE(rect.has_value());
    return rect->centre();
}

}  // namespace

TEST_CASE("Profile screen: typing a name and pressing Enter creates the profile and starts") {
    ui::clearItemRects();
    testing::ScreenHarness h(app::ScreenId::Profile);
    h.frame();
    const ImVec2 field = centreOf("Your name");
    h.click(field.x, field.y);
    h.type("Sam");
    h.key(ImGuiKey_Enter);
    REQUIRE(h.profiles->profiles().size() == 1);
    CHECK(h.profiles->profiles()[0].name == "Sam");
    CHECK(h.screen->next() == app::ScreenId::Campaign);
}

TEST_CASE("Profile screen: Create with no name says to type one and creates nothing") {
    ui::clearItemRects();
    testing::ScreenHarness h(app::ScreenId::Profile);
    h.frame();
    CHECK_FALSE(ui::itemRect("Type a name first"));
    const ImVec2 create = centreOf("Create and start");
    h.click(create.x, create.y);
    h.frame();
    CHECK(h.profiles->profiles().empty());
    CHECK(h.screen->next() == app::ScreenId::Stay);
    CHECK(ui::itemRect("Type a name first"));
}
