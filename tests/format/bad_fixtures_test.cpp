// Every malformed file in tests/data/bad gives the diagnostic its NAME.expect names.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "format/catalog_file.h"
#include "format/level_file.h"

namespace fs = std::filesystem;

namespace {

const std::string kBad = ATTUNE_ROOT_DIR "/tests/data/bad";
const std::string kMini = ATTUNE_ROOT_DIR "/tests/data/catalog-mini";

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
}

std::string joined(const std::vector<format::Diagnostic>& ds) {
    std::string out;
    for (const format::Diagnostic& d : ds) out += format::formatDiagnostic(d) + "\n";
    return out;
}

core::Catalog miniCatalog() {
    auto loaded = format::loadCatalog(kMini);
    INFO(joined(loaded.diagnostics));
    REQUIRE(loaded.ok());
    return *loaded.value;
}

// A catalog fixture "catalog-KIND-what.json" replaces KIND.json in a copy of the mini catalog.
std::vector<format::Diagnostic> loadCatalogFixture(const fs::path& fixture) {
    const std::string name = fixture.filename().string();
    const std::string kind = name.substr(8, name.find('-', 8) - 8);
    const fs::path dir = fs::temp_directory_path() / ("attune-bad-catalog-" + name);
    fs::remove_all(dir);
    fs::copy(kMini, dir);
    fs::copy_file(fixture, dir / (kind + ".json"), fs::copy_options::overwrite_existing);
    auto loaded = format::loadCatalog(dir.string());
    fs::remove_all(dir);
    for (format::Diagnostic& d : loaded.diagnostics)
        if (fs::path(d.path).filename() == kind + ".json") d.path = name;
    return loaded.diagnostics;
}

}  // namespace

TEST_CASE("Bad fixtures: every malformed file reports the diagnostic its .expect file names") {
    const core::Catalog catalog = miniCatalog();
    int checked = 0;
    for (const auto& entry : fs::directory_iterator(kBad)) {
        if (entry.path().extension() != ".json") continue;
        const fs::path expectPath = fs::path(entry.path()).replace_extension(".expect");
        const std::string name = entry.path().filename().string();
        INFO("fixture " << name);
        REQUIRE(fs::exists(expectPath));
        const std::string expected = trimmed(readAll(expectPath));
        REQUIRE_FALSE(expected.empty());
        std::string output;
        if (name.rfind("catalog-", 0) == 0) {
            output = joined(loadCatalogFixture(entry.path()));
        } else {
            auto loaded = format::parseLevel(readAll(entry.path()), name, catalog);
            output = joined(loaded.diagnostics);
            // Files whose expectation is an error must not load; warnings may.
            if (expected.find(": error: ") != std::string::npos) CHECK_FALSE(loaded.ok());
        }
        INFO("diagnostics:\n" << output);
        CHECK(output.find(expected) != std::string::npos);
        CHECK(output.find("rapidjson") == std::string::npos);
        CHECK(output.find("cereal") == std::string::npos);
        ++checked;
    }
    CHECK(checked >= 15);
}

TEST_CASE("Bad fixtures: every .expect file has its fixture") {
    for (const auto& entry : fs::directory_iterator(kBad)) {
        if (entry.path().extension() != ".expect") continue;
        INFO(entry.path().filename().string());
        CHECK(fs::exists(fs::path(entry.path()).replace_extension(".json")));
    }
}
