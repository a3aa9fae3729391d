// Editor files: edit → save → load is lossless; saved files are canonical; recents and recovery.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "editor/commands/edit_episode_field.h"
#include "editor/commands/move_items.h"
#include "editor/commands/set_level_property.h"
#include "editor/file_actions.h"
#include "editor/recent_files.h"
#include "editor/recovery.h"
#include "editor/validation.h"
#include "editor_fixture.h"

using namespace editor;

namespace {

std::string readAll(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

EditorContext contextWith(const std::string& level) {
    EditorContext ctx;
    ctx.catalog = shippedCatalog();
    ctx.reindex();
    ctx.doc.reset(shippedLevel(level), "");
    return ctx;
}

}  // namespace

TEST_CASE("Editor files: edit, save and load again gives the same level") {
    EditorContext ctx = contextWith("03-play-and-pause.json");
    ctx.doc.execute(std::make_unique<SetLevelProperty<std::string>>(
        "title", "title", [](core::LevelDef& l) -> std::string& { return l.title; }, "Play, then a pause — ünïcode"));
    ctx.doc.execute(std::make_unique<MoveItems>(std::vector<ItemRef>{{ItemKind::Episode, 0}},
                                                std::vector<float>{12.5f}));
    ctx.doc.execute(std::make_unique<EditEpisodeField<std::string>>(
        0, "feedback", [](core::EpisodeDef& e) -> std::string& { return e.feedback; }, "Line one\nline \"two\""));
    const std::string path = tempDir("roundtrip") + "/level.json";
    REQUIRE(saveLevelFile(ctx, path));
    CHECK_FALSE(ctx.doc.isDirty());
    const std::string saved = format::levelToJson(ctx.doc.level());
    CHECK(readAll(path) == saved);

    EditorContext other = contextWith("01-early-hunger.json");
    REQUIRE(openLevelFile(other, path));
    CHECK(format::levelToJson(other.doc.level()) == saved);
    CHECK(other.doc.path() == path);
    CHECK_FALSE(other.doc.isDirty());
}

TEST_CASE("Editor files: saving is stable: open, save, open, save gives the same bytes") {
    EditorContext ctx = contextWith("16-a-whole-day.json");
    const std::string dir = tempDir("stable");
    REQUIRE(saveLevelFile(ctx, dir + "/a.json"));
    REQUIRE(openLevelFile(ctx, dir + "/a.json"));
    REQUIRE(saveLevelFile(ctx, dir + "/b.json"));
    CHECK(readAll(dir + "/a.json") == readAll(dir + "/b.json"));
    CHECK(format::levelToJson(ctx.doc.level()) == format::levelToJson(shippedLevel("16-a-whole-day.json")));
}

TEST_CASE("Editor files: opening a broken file leaves the document untouched and says why") {
    EditorContext ctx = contextWith("01-early-hunger.json");
    const std::string path = tempDir("broken") + "/broken.json";
    std::ofstream(path) << "{\"format_version\": 1, \"id\": ";
    const std::string before = format::levelToJson(ctx.doc.level());
    CHECK_FALSE(openLevelFile(ctx, path));
    CHECK(format::levelToJson(ctx.doc.level()) == before);
    CHECK(ctx.status.find("broken.json") != std::string::npos);
}

TEST_CASE("Editor files: a level saved with errors opens again, title and all, with its problems listed") {
    EditorContext ctx = contextWith("01-early-hunger.json");
    const std::string path = tempDir("with-errors") + "/with-errors.json";
    core::LevelDef level = ctx.doc.level();
    level.title = "Still mine";
    level.episodes[0].need = "no_such_need";
    level.episodes[1].startS = level.durationS + 50.0f;
    ctx.doc.reset(level, "");
    ctx.issues = checkLikeAttuneCheck(ctx.doc.level(), ctx.catalog, path);
    REQUIRE(ctx.errorCount() >= 2);
    REQUIRE(saveLevelFile(ctx, path));

    EditorContext reopened = contextWith("03-play-and-pause.json");
    REQUIRE(openLevelFile(reopened, path));
    CHECK(reopened.doc.level().title == "Still mine");
    CHECK(reopened.doc.level().episodes[0].need == "no_such_need");
    CHECK(reopened.doc.path() == path);
    CHECK(reopened.status.find("problem") != std::string::npos);
    reopened.issues = checkLikeAttuneCheck(reopened.doc.level(), reopened.catalog, path);
    CHECK(reopened.errorCount() >= 2);
}

TEST_CASE("Editor files: recent files keep the newest first, without duplicates") {
    const std::string file = tempDir("recent") + "/recent.txt";
    {
        RecentFiles recent(file);
        recent.add("a.json");
        recent.add("b.json");
        recent.add("a.json");
    }
    RecentFiles again(file);
    REQUIRE(again.paths().size() == 2);
    CHECK(again.paths()[0] == "a.json");
    CHECK(again.paths()[1] == "b.json");
}

TEST_CASE("Editor files: the recovery file brings back unsaved work and the path it belonged to") {
    const std::string dir = tempDir("recovery");
    Recovery recovery(dir);
    CHECK_FALSE(recovery.exists());
    core::LevelDef level = shippedLevel("02-sleepy-signs.json");
    level.title = "Unsaved title";
    REQUIRE(recovery.save(level, "levels/02-sleepy-signs.json"));
    REQUIRE(recovery.exists());
    std::string error;
    const auto back = recovery.load(shippedCatalog(), &error);
    REQUIRE(back);
    CHECK(back->level.title == "Unsaved title");
    CHECK(back->originalPath == "levels/02-sleepy-signs.json");
    recovery.discard();
    CHECK_FALSE(recovery.exists());
}
