// Tests for app/play_session: the timeline it records, captions, and the stop for rough handling.
#include <catch2/catch.hpp>

#include "app/play_session.h"
#include "core/handling.h"
#include "format/catalog_file.h"
#include "format/level_file.h"

namespace {

struct Content {
    core::Catalog catalog;
    core::LevelDef level;
};

const Content& content() {
    static const Content c = [] {
        Content out;
        const std::string root = ATTUNE_ROOT_DIR;
        auto catalog = format::loadCatalog(root + "/assets/catalog");
        REQUIRE(catalog.ok());
        out.catalog = *catalog.value;
        auto level = format::loadLevel(root + "/levels/01-early-hunger.json", out.catalog);
        REQUIRE(level.ok());
        out.level = *level.value;
        return out;
    }();
    return c;
}

}  // namespace

TEST_CASE("Play: an autoplayed level records stage bands and responses with latencies") {
    app::SessionDef def;
    def.levelId = "01-early-hunger";
    def.autoplay = core::Policy::Sensitive;
    app::PlaySession session(content().catalog, content().level, def);
    session.runToEnd();
    REQUIRE(session.isOver());
    const app::RunRecord r = session.record();
    CHECK(r.score.score > 0.0f);
    CHECK_FALSE(r.bands.empty());
    CHECK_FALSE(r.marks.empty());
    for (const app::StageBand& b : r.bands) CHECK(b.endS >= b.startS);
    for (const app::ResponseMark& m : r.marks)
        if (m.episode >= 0) CHECK(m.latencyS >= 0.0);
    CHECK_FALSE(session.captions().empty());
}

TEST_CASE("Play: without a bot, nothing is done for the player unasked") {
    app::SessionDef def;
    app::PlaySession session(content().catalog, content().level, def);
    for (int i = 0; i < 60; ++i) session.step();
    CHECK(session.record().marks.empty());
}

TEST_CASE("Play: shaking the baby stops play for the teaching card") {
    app::SessionDef def;
    app::PlaySession session(content().catalog, content().level, def);
    int hold = -1;
    for (std::size_t i = 0; i < content().catalog.responses.size(); ++i)
        if (content().catalog.responses[i].id == "walk_carry") hold = static_cast<int>(i);
    REQUIRE(hold >= 0);
    for (int i = 0; i < 60 * 30 && !session.isStoppedForSafety(); ++i) {
        if (session.sim().observe().busyResponse < 0) session.queueResponse(hold);
        session.setHand(core::synthGesture("shake", i / 60.0));
        session.step();
    }
    CHECK(session.isStoppedForSafety());
    CHECK_FALSE(session.safetyText().empty());
    CHECK(session.record().stoppedForSafety);
}
