// The catalog loader reads all five files, cross-checks them, and loads the shipped catalog cleanly.
#include <catch2/catch.hpp>

#include <filesystem>

#include "format/catalog_file.h"

namespace {

std::string joined(const std::vector<format::Diagnostic>& ds) {
    std::string out;
    for (const format::Diagnostic& d : ds) out += format::formatDiagnostic(d) + "\n";
    return out;
}

}  // namespace

TEST_CASE("Catalog loader: the mini catalog loads every field it sets") {
    auto loaded = format::loadCatalog(ATTUNE_ROOT_DIR "/tests/data/catalog-mini");
    INFO(joined(loaded.diagnostics));
    REQUIRE(loaded.ok());
    const core::Catalog& c = *loaded.value;
    REQUIRE(c.needs.size() == 3);
    CHECK(c.needs[1].earlyS == 30.0f);
    CHECK(c.needs[2].minAgeWeeks == 26);
    REQUIRE(c.cues.size() == 2);
    CHECK(c.cues[1].potency == core::Potency::Subtle);
    CHECK(c.cues[1].depiction.voice == core::Voice::Yawn);
    CHECK(c.cues[1].depiction.voiceIntensity == 0.2f);
    CHECK(c.cues[0].depiction.posture == core::Posture::HeadTurn);
    REQUIRE(c.responses.size() == 2);
    CHECK(c.responses[1].gesture == core::Gesture::Rock);
    REQUIRE(c.responses[1].unavailableIn.size() == 1);
    CHECK(c.responses[1].unavailableIn[0] == core::BabyState::DeepSleep);
    REQUIRE(c.fits.size() == 2);
    CHECK(c.fits[0].late == core::Fit::Acceptable);
}

TEST_CASE("Catalog loader: a missing catalog folder names every missing file") {
    auto loaded = format::loadCatalog("/nonexistent-attune-catalog");
    CHECK_FALSE(loaded.ok());
    CHECK_FALSE(loaded.value.has_value());
    CHECK(joined(loaded.diagnostics).find("/nonexistent-attune-catalog/fits.json: error: cannot open") !=
          std::string::npos);
}

TEST_CASE("Catalog file parser: one file's problems are found without the other files") {
    core::Catalog catalog;
    std::vector<format::Diagnostic> out;
    const char* text = R"({"format_version": 1, "responses": [
      {"id": "feed", "name": "Feed", "group": "bodycare", "duration_s": 5, "source": "s", "verb": "offer a feed"}]})";
    CHECK_FALSE(format::parseCatalogFile(format::CatalogFile::Responses, text, "r.json", &catalog, out));
    CHECK(catalog.responses.empty());
    REQUIRE_FALSE(out.empty());
    INFO(format::formatDiagnostic(out[0]));
    CHECK(format::formatDiagnostic(out[0]).find("r.json:2:47: error: responses[0].group: unknown group "
                                                "'bodycare' (did you mean 'body_care'?)") == 0);
}

TEST_CASE("Catalog loader: the shipped catalog loads with no errors") {
    const std::string dir = ATTUNE_ROOT_DIR "/assets/catalog";
    if (!std::filesystem::exists(dir + "/sources.json")) return;
    auto loaded = format::loadCatalog(dir);
    INFO(joined(loaded.diagnostics));
    REQUIRE(loaded.ok());
    CHECK_FALSE(loaded.value->needs.empty());
    CHECK_FALSE(loaded.value->cues.empty());
}

TEST_CASE("Catalog paths: ATTUNE_ROOT overrides the built-in source root") {
    CHECK(format::defaultCatalogDir().size() > std::string("/assets/catalog").size());
    CHECK(format::defaultCatalogDir().find("/assets/catalog") != std::string::npos);
}
