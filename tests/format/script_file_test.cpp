// Scripts for attune-sim: timed responses and gestures, checked against the catalog's responses.
#include <catch2/catch.hpp>

#include "format/catalog_file.h"
#include "format/script_file.h"

namespace {

core::Catalog miniCatalog() {
    auto loaded = format::loadCatalog(ATTUNE_ROOT_DIR "/tests/data/catalog-mini");
    REQUIRE(loaded.ok());
    return *loaded.value;
}

}  // namespace

TEST_CASE("Script loader: responses and gestures read into ScriptActions") {
    const char* text = R"({"format_version": 1, "actions": [
      {"t_s": 3.5, "respond": "feed"},
      {"t_s": 10, "gesture": "rock", "until_s": 20, "head_supported": false}]})";
    auto loaded = format::parseScript(text, "s.json", miniCatalog());
    REQUIRE(loaded.ok());
    REQUIRE(loaded.value->actions.size() == 2);
    CHECK(loaded.value->actions[0].tS == 3.5);
    CHECK(loaded.value->actions[0].respond == "feed");
    CHECK(loaded.value->actions[1].gesture == "rock");
    CHECK(loaded.value->actions[1].untilS == 20.0);
    CHECK_FALSE(loaded.value->actions[1].headSupported);
}

TEST_CASE("Script loader: an unknown response id is an error with a suggestion") {
    const char* text = R"({"format_version": 1, "actions": [{"t_s": 1, "respond": "fed"}]})";
    auto loaded = format::parseScript(text, "s.json", miniCatalog());
    CHECK_FALSE(loaded.ok());
    REQUIRE_FALSE(loaded.diagnostics.empty());
    CHECK(format::formatDiagnostic(loaded.diagnostics[0]) ==
          "s.json:1:57: error: actions[0].respond: unknown response id 'fed' (did you mean 'feed'?)");
}

TEST_CASE("Script loader: actions out of time order are refused") {
    const char* text = R"({"format_version": 1, "actions": [{"t_s": 5, "respond": "feed"}, {"t_s": 1, "respond": "feed"}]})";
    auto loaded = format::parseScript(text, "s.json", miniCatalog());
    CHECK_FALSE(loaded.ok());
    REQUIRE_FALSE(loaded.diagnostics.empty());
    CHECK(loaded.diagnostics[0].field == "actions[1].t_s");
}

TEST_CASE("Script round trip: scriptToJson reads back to the same text") {
    core::Script script;
    script.actions.push_back({1.25, "feed", "", 0.0, true});
    script.actions.push_back({4.0, "", "walk", 9.5, false});
    const std::string text = format::scriptToJson(script);
    auto loaded = format::parseScript(text, "s.json", miniCatalog());
    REQUIRE(loaded.ok());
    CHECK(format::scriptToJson(*loaded.value) == text);
}
