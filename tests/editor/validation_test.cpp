// Editor checks: attune-check's messages live, and checks that know the domain.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "editor/bot_check.h"
#include "editor/selection.h"
#include "editor/validation.h"
#include "editor_fixture.h"

using namespace editor;

namespace {

bool mentions(const std::vector<format::Diagnostic>& ds, const std::string& field, const std::string& words) {
    for (const auto& d : ds)
        if (d.field == field && d.message.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("Editor checks: every shipped level passes attune-check's checks in the editor") {
    for (const char* name : {"01-early-hunger.json", "08-when-to-get-help.json", "16-a-whole-day.json"}) {
        const auto ds = checkLikeAttuneCheck(shippedLevel(name), shippedCatalog(), name);
        CHECK_FALSE(format::hasErrors(ds));
    }
}

TEST_CASE("Editor checks: a misspelt need gets attune-check's message and points at the episode") {
    core::LevelDef level = shippedLevel("01-early-hunger.json");
    level.episodes[0].need = "hungr";
    const auto ds = checkLikeAttuneCheck(level, shippedCatalog(), "x.json");
    REQUIRE(format::hasErrors(ds));
    bool found = false;
    for (const auto& d : ds)
        if (d.field == "episodes[0].need") {
            found = true;
            CHECK(d.message.find("hunger") != std::string::npos);  // did you mean
            CHECK(itemOfField(d.field) == ItemRef{ItemKind::Episode, 0});
        }
    CHECK(found);
}

TEST_CASE("Editor checks: five episodes at once and two of the same need overlapping are flagged") {
    core::LevelDef level = shippedLevel("01-early-hunger.json");
    level.episodes.resize(1);
    const char* needs[] = {"hunger", "tired", "break", "wind", "hunger"};
    level.episodes.clear();
    for (int i = 0; i < 5; ++i) {
        core::EpisodeDef e;
        e.id = "e" + std::to_string(i);
        e.need = needs[i];
        e.startS = 10.0f + static_cast<float>(i);
        level.episodes.push_back(e);
    }
    const auto ds = checkDomain(level, shippedCatalog(), "x.json");
    CHECK(mentions(ds, "episodes", "open at once"));
    CHECK(mentions(ds, "episodes[4].start_s", "same need"));
    CHECK(mostOpenAtOnce(level, shippedCatalog()).mostOpen == 5);
}

TEST_CASE("Editor checks: a need with no best-fitting response in the catalog is flagged") {
    core::Catalog catalog = shippedCatalog();
    catalog.fits.erase(std::remove_if(catalog.fits.begin(), catalog.fits.end(),
                                      [](const core::FitDef& f) { return f.need == "hunger"; }),
                       catalog.fits.end());
    const auto ds = checkDomain(shippedLevel("01-early-hunger.json"), catalog, "x.json");
    bool found = false;
    for (const auto& d : ds) found |= d.message.find("no response in the catalog is a best fit for 'hunger'") != std::string::npos;
    CHECK(found);
}

TEST_CASE("Editor checks: the bots rank a shipped level correctly, computed in the background") {
    BotCheck check;
    check.start(shippedCatalog(), shippedLevel("01-early-hunger.json"), 7, 2);
    check.wait();
    const auto scores = check.latest();
    REQUIRE(scores);
    CHECK(scores->revision == 7);
    CHECK(scores->ranksCorrectly());
    CHECK(scores->sensitive > scores->neglect);
}

TEST_CASE("Editor checks: no shipped level is flagged by the domain checks") {
    for (const auto& entry : std::filesystem::directory_iterator(std::string(ATTUNE_ROOT_DIR) + "/levels")) {
        const std::string name = entry.path().filename().string();
        if (name == "index.json" || entry.path().extension() != ".json") continue;
        const auto ds = checkDomain(shippedLevel(name), shippedCatalog(), name);
        for (const auto& d : ds) UNSCOPED_INFO(name << ": " << d.field << ": " << d.message);
        CHECK(ds.empty());
    }
}
