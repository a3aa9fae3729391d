// Diagnostics read like a compiler's: PATH:LINE:COL, the field path, and a suggestion where one fits.
#include <catch2/catch.hpp>

#include "format/did_you_mean.h"
#include "format/level_file.h"

namespace {

std::vector<format::Diagnostic> levelDiagnostics(const std::string& text) {
    core::Catalog catalog;
    core::NeedDef hunger;
    hunger.id = "hunger";
    core::NeedDef tired;
    tired.id = "tiredness";
    catalog.needs = {hunger, tired};
    return format::parseLevel(text, "t.json", catalog).diagnostics;
}

const char* kTwoEpisodes = R"({
  "format_version": 1,
  "id": "t",
  "title": "T",
  "baby": {"age_weeks": 6},
  "duration_s": 100,
  "episodes": [
    {"id": "a", "need": "hunger", "start_s": 10},
    {"id": "b",
     "need": "tirednes",
     "start_s": 20}
  ]
})";

}  // namespace

TEST_CASE("Diagnostics: formatDiagnostic writes PATH:LINE:COL: error: FIELD: MESSAGE") {
    format::Diagnostic d;
    d.path = "levels/x.json";
    d.line = 3;
    d.column = 7;
    d.field = "episodes[2].start_s";
    d.message = "expected a number";
    CHECK(format::formatDiagnostic(d) == "levels/x.json:3:7: error: episodes[2].start_s: expected a number");
    d.severity = format::Diagnostic::Severity::Warning;
    d.line = 0;
    d.field.clear();
    CHECK(format::formatDiagnostic(d) == "levels/x.json: warning: expected a number");
}

TEST_CASE("Level loader: an unknown need names its field and suggests the nearest id") {
    auto ds = levelDiagnostics(kTwoEpisodes);
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].field == "episodes[1].need");
    CHECK(ds[0].line == 10);
    CHECK(ds[0].column == 14);
    CHECK(ds[0].message == "unknown need id 'tirednes' (did you mean 'tiredness'?)");
}

TEST_CASE("Level loader: a misspelt key is a warning at the key with the intended key suggested") {
    std::string text = kTwoEpisodes;
    text.replace(text.find("tirednes"), 8, "tiredness");
    text.replace(text.find("\"title\""), 7, "\"titel\": \"T\", \"title\"");
    auto ds = levelDiagnostics(text);
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].severity == format::Diagnostic::Severity::Warning);
    CHECK(ds[0].line == 4);
    CHECK(ds[0].column == 3);
    CHECK(ds[0].message == "unknown key 'titel' is ignored (did you mean 'title'?)");
}

TEST_CASE("Level loader: a missing required field points at the object that lacks it") {
    std::string text = kTwoEpisodes;
    text.replace(text.find("\"start_s\": 20"), 13, "\"clarity\": 1");
    text.replace(text.find("tirednes"), 8, "tiredness");
    auto ds = levelDiagnostics(text);
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].field == "episodes[1].start_s");
    CHECK(ds[0].line == 9);
    CHECK(ds[0].column == 5);
    CHECK(ds[0].message == "required field is missing");
}

TEST_CASE("Did you mean: close names are suggested, unrelated ones are not") {
    CHECK(format::editDistance("kitten", "sitting") == 3);
    CHECK(format::nearestName("hungr", {"hunger", "tiredness"}) == "hunger");
    CHECK(format::nearestName("xyzzy", {"hunger", "tiredness"}).empty());
    CHECK(format::didYouMean("rokc", {"rock", "feed"}) == " (did you mean 'rock'?)");
}

TEST_CASE("Level validation: validateLevel checks an in-memory level, as the editor needs") {
    core::Catalog catalog;
    core::NeedDef hunger;
    hunger.id = "hunger";
    hunger.minAgeWeeks = 10;
    catalog.needs = {hunger};
    core::LevelDef level;
    level.id = "edited";
    level.baby.ageWeeks = 4;
    core::EpisodeDef e;
    e.id = "e";
    e.need = "hunger";
    e.startS = 10.0f;
    level.episodes = {e, e};
    std::vector<format::Diagnostic> out;
    format::validateLevel(level, catalog, "edited.json", out);
    REQUIRE(out.size() == 3);  // both episodes are too young for the need, the second repeats an id
    CHECK(format::formatDiagnostic(out[0]) ==
          "edited.json: error: episodes[0].need: need 'hunger' applies to babies aged 10..104 weeks; "
          "this baby is 4 weeks (baby.age_weeks)");
    CHECK(out[1].field == "episodes[1].id");
}

TEST_CASE("Loaded: warnings alone keep the value and ok() true") {
    std::string text = kTwoEpisodes;
    text.replace(text.find("tirednes"), 8, "tiredness");
    text.replace(text.find("\"title\""), 7, "\"colour\": 1, \"title\"");
    core::Catalog catalog;
    core::NeedDef hunger;
    hunger.id = "hunger";
    core::NeedDef tired;
    tired.id = "tiredness";
    catalog.needs = {hunger, tired};
    auto loaded = format::parseLevel(text, "t.json", catalog);
    CHECK(loaded.ok());
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].message == "unknown key 'colour' is ignored");
}
