// Catalog editing: a new cue appended to cues.json loads back exactly, and nothing else changes.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "editor/cue_appender.h"
#include "editor/episode_span.h"
#include "editor_fixture.h"

using namespace editor;

namespace {

std::string copyCatalog(const std::string& name) {
    const std::string dir = tempDir(name);
    for (const auto& e : std::filesystem::directory_iterator(std::string(ATTUNE_ROOT_DIR) + "/assets/catalog"))
        std::filesystem::copy_file(e.path(), dir + "/" + e.path().filename().string());
    return dir;
}

std::string readAll(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

core::CueDef newCue() {
    core::CueDef c;
    c.id = "fingers-to-lips";
    c.name = "Fingers to lips";
    c.seen = "Brings fingers to the lips and sucks them \"hard\".";
    c.needs = {"hunger"};
    c.stage = core::Stage::Active;
    c.source = shippedCatalog().sources.front().id;
    c.checklist = {1};
    c.depiction.hands = core::Hands::ToMouth;
    c.depiction.mouth = core::Mouth::Sucking;
    c.depiction.motion = 0.55f;
    return c;
}

}  // namespace

TEST_CASE("Catalog editing: a new cue is appended to cues.json and loads back exactly") {
    const std::string dir = copyCatalog("append");
    const std::string before = readAll(dir + "/cues.json");
    std::string error;
    REQUIRE(appendCueToCatalog(dir, newCue(), &error));
    const auto loaded = format::loadCatalog(dir);
    REQUIRE(loaded.ok());
    REQUIRE(loaded.value->cues.size() == shippedCatalog().cues.size() + 1);
    const core::CueDef& back = loaded.value->cues.back();
    CHECK(back.id == "fingers-to-lips");
    CHECK(back.seen == newCue().seen);
    CHECK(back.depiction == newCue().depiction);
    CHECK(back.stage == core::Stage::Active);
    // Every line that was there before is still there, in order: the diff is one new block.
    const std::string after = readAll(dir + "/cues.json");
    const auto lastBrace = before.rfind('}', before.rfind(']'));
    CHECK(after.compare(0, lastBrace + 1, before, 0, lastBrace + 1) == 0);
}

TEST_CASE("Catalog editing: a cue the catalog refuses leaves cues.json untouched") {
    const std::string dir = copyCatalog("refused");
    const std::string before = readAll(dir + "/cues.json");
    core::CueDef bad = newCue();
    bad.source = "no-such-source";
    std::string error;
    CHECK_FALSE(appendCueToCatalog(dir, bad, &error));
    CHECK(error.find("no-such-source") != std::string::npos);
    CHECK(readAll(dir + "/cues.json") == before);
}
