// libFuzzer entry: every input goes through the level, script and catalog-file parsers; a level that
// loads must also survive a save and reload unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "format/catalog_file.h"
#include "format/level_file.h"
#include "format/script_file.h"

namespace {

const core::Catalog& shippedCatalog() {
    static const core::Catalog catalog = [] {
        auto loaded = format::loadCatalog(format::defaultCatalogDir());
        if (!loaded.ok()) {
            for (const format::Diagnostic& d : loaded.diagnostics)
                std::fprintf(stderr, "%s\n", format::formatDiagnostic(d).c_str());
            std::fprintf(stderr, "attune-fuzz-level: the shipped catalog does not load\n");
            std::abort();
        }
        return *loaded.value;
    }();
    return catalog;
}

void checkRoundTrip(const core::LevelDef& level) {
    const std::string saved = format::levelToJson(level);
    auto again = format::parseLevel(saved, "saved.json", shippedCatalog());
    if (!again.ok() || format::levelToJson(*again.value) != saved) {
        std::fprintf(stderr, "round trip failed for:\n%s\n", saved.c_str());
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const core::Catalog& catalog = shippedCatalog();
    auto level = format::parseLevel(text, "fuzz.json", catalog);
    if (level.ok()) checkRoundTrip(*level.value);
    format::parseScript(text, "fuzz.json", catalog);
    core::Catalog scratch;
    std::vector<format::Diagnostic> diagnostics;
    format::parseCatalogFile(static_cast<format::CatalogFile>(size % 5), text, "fuzz.json", &scratch,
                             diagnostics);
    for (const format::Diagnostic& d : level.diagnostics) format::formatDiagnostic(d);
    return 0;
}
