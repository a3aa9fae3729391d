// Play-tests from the editor: the same simulation as attune-sim, from any time, by hand or by bot.
#include <catch2/catch.hpp>

#include "core/runner.h"
#include "editor/playtest.h"
#include "editor_fixture.h"

using namespace editor;

TEST_CASE("Play-test: a bot play-test scores exactly what attune-sim's runner scores") {
    const core::LevelDef level = shippedLevel("01-early-hunger.json");
    PlayTest play(shippedCatalog(), level, PlayTestDef{"sensitive", 0.0, 3});
    while (!play.isOver()) play.advance(60);
    core::RunOptions options;
    options.seed = 3;
    const core::RunResult run = core::runLevel(shippedCatalog(), level, options);
    CHECK(play.sim().score().score == run.score.score);
}

TEST_CASE("Play-test: starting from a later time skips what came before, like RunOptions::startS") {
    const core::LevelDef level = shippedLevel("01-early-hunger.json");
    PlayTest play(shippedCatalog(), level, PlayTestDef{"", 60.0, 1});
    CHECK(play.sim().timeS() >= 60.0);
    CHECK(play.sim().timeS() < 60.1);
}

TEST_CASE("Play-test: a response chosen by hand is given on the next step") {
    const core::LevelDef level = shippedLevel("01-early-hunger.json");
    PlayTest play(shippedCatalog(), level, PlayTestDef{"", 0.0, 1});
    int feed = -1;
    for (std::size_t r = 0; r < shippedCatalog().responses.size(); ++r)
        if (shippedCatalog().responses[r].id == "feed") feed = static_cast<int>(r);
    REQUIRE(feed >= 0);
    play.advance(30);
    REQUIRE(play.sim().canRespond(feed));
    play.respond(feed);
    play.advance(1);
    CHECK(play.sim().observe().busyResponse == feed);
}
