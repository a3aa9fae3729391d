// Hostile inputs generated in the test: deep nesting, huge files, BOMs, traps in rapidjson 1.1.0.
#include <catch2/catch.hpp>

#include <string>

#include "format/catalog_file.h"
#include "format/level_file.h"

namespace {

const std::string kMini = ATTUNE_ROOT_DIR "/tests/data/catalog-mini";

std::string firstMessage(const format::Loaded<core::LevelDef>& l) {
    return l.diagnostics.empty() ? std::string() : format::formatDiagnostic(l.diagnostics.front());
}

const char* kSmallLevel = R"({
  "format_version": 1,
  "id": "tiny",
  "title": "Tiny",
  "baby": {"age_weeks": 6},
  "duration_s": 60,
  "episodes": [{"id": "e", "need": "hunger", "start_s": 5}]
})";

}  // namespace

TEST_CASE("JSON hardening: 300k nested brackets are refused without overflowing the stack") {
    const core::Catalog catalog;
    const std::string deep = "{\"format_version\": 1, \"id\": " + std::string(300000, '[') +
                             std::string(300000, ']') + "}";
    auto loaded = format::parseLevel(deep, "deep.json", catalog);
    CHECK_FALSE(loaded.ok());
    CHECK(firstMessage(loaded) == "deep.json:1:92: error: nesting is deeper than 64 levels");
}

TEST_CASE("JSON hardening: a file over 4 MiB is refused before parsing") {
    const core::Catalog catalog;
    std::string huge = "{\"format_version\": 1, \"id\": \"" + std::string(5u << 20, 'x') + "\"}";
    auto loaded = format::parseLevel(huge, "huge.json", catalog);
    CHECK_FALSE(loaded.ok());
    CHECK(firstMessage(loaded).find("huge.json: error: file is too large") == 0);
    CHECK(firstMessage(loaded).find("the limit is 4 MiB") != std::string::npos);
}

TEST_CASE("JSON hardening: a UTF-8 BOM before a valid level is ignored") {
    auto catalog = format::loadCatalog(kMini);
    REQUIRE(catalog.ok());
    auto loaded = format::parseLevel(std::string("\xEF\xBB\xBF") + kSmallLevel, "bom.json", *catalog.value);
    INFO(firstMessage(loaded));
    CHECK(loaded.ok());
    CHECK(loaded.value->episodes.at(0).startS == 5.0f);
}

TEST_CASE("JSON hardening: comments and trailing commas are allowed") {
    auto catalog = format::loadCatalog(kMini);
    REQUIRE(catalog.ok());
    const std::string text = std::string(kSmallLevel).insert(1, "\n  // a comment\n  /* block */") ;
    const std::string withComma = text.substr(0, text.rfind('}')) + ",}";
    auto loaded = format::parseLevel(withComma, "comments.json", *catalog.value);
    INFO(firstMessage(loaded));
    CHECK(loaded.ok());
}

TEST_CASE("JSON hardening: 0e50 reads as zero instead of garbage") {
    auto catalog = format::loadCatalog(kMini);
    REQUIRE(catalog.ok());
    std::string text = kSmallLevel;
    text.replace(text.find("\"start_s\": 5"), 12, "\"start_s\": 0e50");
    auto loaded = format::parseLevel(text, "zero.json", *catalog.value);
    REQUIRE(loaded.ok());
    CHECK(loaded.value->episodes.at(0).startS == 0.0f);
}

TEST_CASE("JSON hardening: invalid UTF-8 in a string is reported with its position") {
    const core::Catalog catalog;
    auto loaded = format::parseLevel("{\"format_version\": 1, \"id\": \"a\xC3\x28\"}", "utf8.json", catalog);
    CHECK_FALSE(loaded.ok());
    CHECK(firstMessage(loaded).find("utf8.json:1:") == 0);
    CHECK(firstMessage(loaded).find("not valid UTF-8") != std::string::npos);
}

TEST_CASE("JSON hardening: a type error is never half-applied") {
    auto catalog = format::loadCatalog(kMini);
    REQUIRE(catalog.ok());
    std::string text = kSmallLevel;
    text.replace(text.find("\"duration_s\": 60"), 16, "\"duration_s\": true");
    auto loaded = format::parseLevel(text, "half.json", *catalog.value);
    CHECK_FALSE(loaded.value.has_value());
    CHECK(firstMessage(loaded) == "half.json:6:17: error: duration_s: expected a number, found true");
}

TEST_CASE("JSON hardening: thousands of unknown keys give a capped list, not thousands of lines") {
    std::string text = "{\"format_version\": 1";
    for (int i = 0; i < 5000; ++i) text += ", \"k" + std::to_string(i) + "\": 0";
    text += "}";
    const core::Catalog catalog;
    auto loaded = format::parseLevel(text, "many.json", catalog);
    CHECK_FALSE(loaded.ok());  // id, title and friends are missing
    CHECK(loaded.diagnostics.size() <= 103);
    CHECK(format::hasErrors(loaded.diagnostics));
    CHECK(format::formatDiagnostic(loaded.diagnostics.back()).find("too many problems") != std::string::npos);
}

TEST_CASE("JSON hardening: a very long unknown id is refused quickly without a suggestion") {
    auto catalog = format::loadCatalog(kMini);
    REQUIRE(catalog.ok());
    std::string text = kSmallLevel;
    text.replace(text.find("\"need\": \"hunger\""), 16, "\"need\": \"" + std::string(1u << 20, 'h') + "\"");
    auto loaded = format::parseLevel(text, "long.json", *catalog.value);
    CHECK_FALSE(loaded.ok());
    REQUIRE_FALSE(loaded.diagnostics.empty());
    CHECK(loaded.diagnostics[0].message.find("did you mean") == std::string::npos);
}

TEST_CASE("JSON hardening: a megabyte-long id is shortened in the message") {
    auto catalog = format::loadCatalog(kMini);
    REQUIRE(catalog.ok());
    std::string text = kSmallLevel;
    text.replace(text.find("\"need\": \"hunger\""), 16, "\"need\": \"" + std::string(1u << 20, 'h') + "\"");
    auto loaded = format::parseLevel(text, "long.json", *catalog.value);
    REQUIRE_FALSE(loaded.diagnostics.empty());
    CHECK(loaded.diagnostics[0].message.size() < 400);
    CHECK(loaded.diagnostics[0].message.find("\xE2\x80\xA6") != std::string::npos);
}
