// Tests for the play screen's input plumbing: gamepad shortcuts for every response, scripted
// input for headless runs (--inject), and the reflection answers kept in the profile.
#include <catch2/catch.hpp>

#include <set>

#include "app/app_options.h"
#include "app/campaign_progress.h"
#include "app/game_data.h"
#include "app/pad_shortcuts.h"
#include "format/save_file.h"
#include "format/paths.h"
#include "support/shipped_game_data.h"

namespace {

const app::GameData& shippedData() { return testing::shippedGameData(); }

}  // namespace

TEST_CASE("Gamepad: every shipped response has its own group and slot, and the slot leads back to it") {
    const auto& responses = shippedData().catalog.responses;
    const app::PadShortcuts pad(responses);
    std::set<std::pair<int, int>> seen;
    for (int r = 0; r < static_cast<int>(responses.size()); ++r) {
        const int slot = pad.slotOf(r);
        INFO(responses[static_cast<std::size_t>(r)].id);
        REQUIRE(slot >= 0);
        REQUIRE(slot < app::PadShortcuts::kSlots);
        CHECK(pad.responseAt(pad.groupOf(r), slot) == r);
        CHECK(seen.insert({pad.groupOf(r), slot}).second);
    }
    CHECK(seen.size() == responses.size());
}

TEST_CASE("Gamepad: the shoulder buttons walk through the non-empty groups and wrap") {
    std::vector<core::ResponseDef> responses(3);
    responses[0].group = "comfort";
    responses[1].group = "safety";
    responses[2].group = "comfort";
    const app::PadShortcuts pad(responses);
    REQUIRE(pad.groups().size() == 2);
    const int comfort = pad.groupOf(0), safety = pad.groupOf(1);
    CHECK(pad.cycle(comfort, +1) == safety);
    CHECK(pad.cycle(safety, +1) == comfort);
    CHECK(pad.cycle(comfort, -1) == safety);
    CHECK(pad.slotOf(2) == 1);
    CHECK(pad.responseAt(safety, 1) == -1);
    CHECK(app::PadShortcuts::slotOfButton(platform::Pad::B) == 1);
    CHECK(app::PadShortcuts::slotOfButton(platform::Pad::LeftShoulder) == -1);
    CHECK(app::PadShortcuts::buttonOfSlot(7) == platform::Pad::Left);
}

TEST_CASE("Gamepad: a group with more than eight responses leaves the ninth without a slot") {
    std::vector<core::ResponseDef> responses(9);
    for (auto& r : responses) r.group = "comfort";
    const app::PadShortcuts pad(responses);
    CHECK(pad.slotOf(7) == 7);
    CHECK(pad.slotOf(8) == -1);
}

TEST_CASE("Inject: actions, keys and pad buttons parse in time order") {
    std::string error;
    const auto list = app::parseInjections("2:open_settings,1.5:pause,3:respond=4,4:key:space,5:pad:rb", &error);
    REQUIRE(list);
    REQUIRE(list->size() == 5);
    CHECK((*list)[0].name == "pause");
    CHECK((*list)[2].name == "respond");
    CHECK((*list)[2].index == 4);
    CHECK((*list)[3].kind == app::Injection::Kind::Key);
    CHECK((*list)[4].kind == app::Injection::Kind::Pad);
    CHECK((*list)[4].name == "rb");
}

TEST_CASE("Inject: a mistake names the item and what was expected") {
    std::string error;
    CHECK_FALSE(app::parseInjections("soon:pause", &error));
    CHECK(error.find("'soon:pause'") != std::string::npos);
    CHECK_FALSE(app::parseInjections("1:pad:z", &error));
    CHECK(error.find("unknown pad button 'z'") != std::string::npos);
    CHECK_FALSE(app::parseInjections("1:key:f1", &error));
    CHECK(error.find("escape, space, enter or tab") != std::string::npos);
    CHECK_FALSE(app::parseInjections("1:respond=x", &error));
}

TEST_CASE("Inject: the mouse moves in window pixels and its left button goes down and up") {
    std::string error;
    const auto list = app::parseInjections("1:mouse:400:300.5,1.1:down,2:up", &error);
    REQUIRE(list);
    REQUIRE(list->size() == 3);
    CHECK((*list)[0].kind == app::Injection::Kind::Mouse);
    CHECK((*list)[0].xPx == 400.0f);
    CHECK((*list)[0].yPx == 300.5f);
    CHECK((*list)[1].kind == app::Injection::Kind::MouseDown);
    CHECK((*list)[2].kind == app::Injection::Kind::MouseUp);
    CHECK_FALSE(app::parseInjections("1:mouse:400", &error));
    CHECK(error.find("mouse:X:Y") != std::string::npos);
}

TEST_CASE("Reflections: answers are kept per question, survive a save, and are trimmed") {
    format::Profile p;
    p.id = "sam";
    p.name = "Sam";
    app::saveReflection(p, "01-early-hunger", 1, "She turned her head first.");
    REQUIRE(p.progress.size() == 1);
    CHECK(p.progress[0].plays == 0);  // writing an answer is not playing the level
    app::saveReflection(p, "01-early-hunger", 0, std::string(format::kMaxReflectionBytes + 50, 'a'));
    const auto back = format::parseProfile(format::profileToJson(p), "sam.json");
    REQUIRE(back.ok());
    const auto answers = app::reflectionsFor(*back.value, "01-early-hunger");
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].size() == format::kMaxReflectionBytes);
    CHECK(answers[1] == "She turned her head first.");
    CHECK(app::reflectionsFor(*back.value, "02-sleepy-signs").empty());
}
