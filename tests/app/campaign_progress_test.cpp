// Tests for campaign unlocking and best results, and the shipped campaign index.
#include <catch2/catch.hpp>

#include "app/campaign_progress.h"
#include "app/profile_store.h"
#include "format/campaign_file.h"

#include <filesystem>
#include <unistd.h>

namespace {
const std::vector<std::string> kOrder{"a", "b", "c"};
}

TEST_CASE("Campaign: only the first level is open at the start") {
    format::Profile p;
    CHECK(app::isUnlocked(p, kOrder, 0));
    CHECK_FALSE(app::isUnlocked(p, kOrder, 1));
    CHECK_FALSE(app::isUnlocked(p, kOrder, 2));
    CHECK_FALSE(app::isUnlocked(p, kOrder, 3));
}

TEST_CASE("Campaign: finishing a level, whatever the score, opens the next") {
    format::Profile p;
    app::recordResult(p, kOrder, "a", 12.0f, 0);
    CHECK(app::isUnlocked(p, kOrder, 1));
    CHECK_FALSE(app::isUnlocked(p, kOrder, 2));
}

TEST_CASE("Campaign: the best score and stars are kept, plays are counted") {
    format::Profile p;
    CHECK(app::recordResult(p, kOrder, "a", 70.0f, 2));
    CHECK_FALSE(app::recordResult(p, kOrder, "a", 50.0f, 1));
    CHECK(app::recordResult(p, kOrder, "a", 90.0f, 3));
    const format::LevelProgress* best = app::progressFor(p, "a");
    REQUIRE(best);
    CHECK(best->bestScore == 90.0f);
    CHECK(best->stars == 3);
    CHECK(best->plays == 3);
    CHECK(app::totalStars(p) == 3);
}

TEST_CASE("Campaign: the shipped index names levels that exist") {
    const auto c = format::loadCampaign(std::string(ATTUNE_ROOT_DIR) + "/levels/index.json");
    REQUIRE(c.ok());
    REQUIRE_FALSE(c.value->chapters.empty());
    for (const auto& ch : c.value->chapters)
        for (const auto& id : ch.levels)
            CHECK(std::filesystem::exists(std::string(ATTUNE_ROOT_DIR) + "/levels/" + id + ".json"));
}

TEST_CASE("Profiles: a created profile is saved and found again with its progress") {
    const std::string dir = (std::filesystem::temp_directory_path() /
                             ("attune-app-test-store-" + std::to_string(::getpid()))).string();
    std::filesystem::remove_all(dir);
    {
        app::ProfileStore store(dir);
        CHECK_FALSE(store.hasCurrent());
        store.create("Robin");
        app::recordResult(store.edit(), kOrder, "a", 80.0f, 2);
        store.edit().settings.reduceMotion = true;
        CHECK(store.save());
    }
    app::ProfileStore again(dir);
    REQUIRE(again.profiles().size() == 1);
    again.choose(0);
    CHECK(again.current().name == "Robin");
    CHECK(again.settings().reduceMotion);
    CHECK(app::isUnlocked(again.current(), kOrder, 1));
    CHECK(again.notices().empty());
}

TEST_CASE("Profiles: the profile used last is chosen again at start") {
    const std::string dir = (std::filesystem::temp_directory_path() /
                             ("attune-app-test-last-" + std::to_string(::getpid()))).string();
    std::filesystem::remove_all(dir);
    {
        app::ProfileStore store(dir);
        store.create("Ada");
        store.create("Ben");
        store.choose(0);
    }
    app::ProfileStore again(dir);
    REQUIRE(again.hasCurrent());
    CHECK(again.current().name == "Ada");
}

TEST_CASE("Campaign: the first level of every chapter is open from the start") {
    format::CampaignDef campaign;
    campaign.chapters = {{"one", "One", {"a", "b"}}, {"two", "Two", {"c", "d"}}};
    const std::vector<std::string> order{"a", "b", "c", "d"};
    const std::vector<std::string> firsts = app::chapterFirsts(campaign);
    REQUIRE(firsts == std::vector<std::string>{"a", "c"});
    format::Profile p;
    CHECK(app::isUnlocked(p, order, 0, firsts));
    CHECK_FALSE(app::isUnlocked(p, order, 1, firsts));
    CHECK(app::isUnlocked(p, order, 2, firsts));
    CHECK_FALSE(app::isUnlocked(p, order, 3, firsts));
    CHECK(app::unlockedBy(order, 3) == "c");  // a locked card names the level that opens it
    CHECK(app::unlockedBy(order, 0).empty());
}
