// Tests of which responses a level shows first, and why a greyed-out one cannot be chosen.
#include <catch2/catch.hpp>

#include <algorithm>

#include "app/response_focus.h"
#include "support/shipped_game_data.h"

namespace {

const app::GameData& shipped() { return testing::shippedGameData(); }

int indexOf(const std::string& id) {
    const auto& r = shipped().catalog.responses;
    for (std::size_t i = 0; i < r.size(); ++i)
        if (r[i].id == id) return static_cast<int>(i);
    return -1;
}

}  // namespace

TEST_CASE("Response focus: the first level shows what it is about, not a wall of every response") {
    const app::GameData& d = shipped();
    const core::LevelDef* first = d.level(d.order.front());
    REQUIRE(first);
    const std::vector<bool> shown = app::focusResponses(d.catalog, *first, 0);
    const auto count = std::count(shown.begin(), shown.end(), true);
    INFO(count << " of " << shown.size());
    CHECK(count <= static_cast<long>(shown.size()) * 3 / 4);
    CHECK(shown[static_cast<std::size_t>(indexOf("feed"))]);        // the level is about hunger
    CHECK(shown[static_cast<std::size_t>(indexOf("step_away"))]);   // always there
}

TEST_CASE("Response focus: later levels, and levels opened from a file, show every response") {
    const app::GameData& d = shipped();
    const core::LevelDef* last = d.level(d.order.back());
    REQUIRE(last);
    for (int position : {app::kFocusedLevels, static_cast<int>(d.order.size()) - 1, -1}) {
        const std::vector<bool> shown = app::focusResponses(d.catalog, *last, position);
        CHECK(std::count(shown.begin(), shown.end(), false) == 0);
    }
}

TEST_CASE("Response focus: a greyed-out response says why in a parent's words") {
    core::ResponseDef play;
    play.name = "Play";
    play.unavailableIn = {core::BabyState::LightSleep};
    CHECK(app::unavailableReason(play, core::BabyState::LightSleep, false, false) == "Not now: the baby is asleep.");
    CHECK(app::unavailableReason(play, core::BabyState::QuietAlert, false, false).empty());
    CHECK(app::unavailableReason(play, core::BabyState::QuietAlert, true, false).find("bot") != std::string::npos);
}
