// The Cue Library: every cue has its words — what it looks like, what it usually means, what helps,
// what to avoid — and a known source; every catalog entry names a source.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "format/catalog_file.h"

namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

TEST_CASE("Cue Library: every cue has what it looks like, meaning, helps, avoid and a source") {
    const auto cat = format::loadCatalog(ATTUNE_ROOT_DIR "/assets/catalog");
    REQUIRE(cat.ok());
    std::set<std::string> sources;
    for (const auto& s : cat.value->sources) sources.insert(s.id);
    REQUIRE(cat.value->cues.size() > 0);
    for (const auto& cue : cat.value->cues) {
        INFO("cue " << cue.id);
        CHECK_FALSE(blank(cue.name));
        CHECK_FALSE(blank(cue.seen));
        CHECK_FALSE(blank(cue.meaning));
        CHECK_FALSE(blank(cue.helps));
        CHECK_FALSE(blank(cue.avoid));
        CHECK(sources.count(cue.source) == 1);
    }
}

TEST_CASE("Cue Library: every need, response and fit names a known source") {
    const auto cat = format::loadCatalog(ATTUNE_ROOT_DIR "/assets/catalog");
    REQUIRE(cat.ok());
    std::set<std::string> sources;
    for (const auto& s : cat.value->sources) {
        INFO("source " << s.id);
        CHECK_FALSE(blank(s.url));
        sources.insert(s.id);
    }
    for (const auto& n : cat.value->needs) {
        INFO("need " << n.id);
        CHECK(sources.count(n.source) == 1);
        CHECK_FALSE(blank(n.description));
    }
    for (const auto& r : cat.value->responses) {
        INFO("response " << r.id);
        CHECK(sources.count(r.source) == 1);
    }
    for (const auto& f : cat.value->fits) {
        INFO("fit " << f.need << " × " << f.response);
        CHECK(sources.count(f.source) == 1);
        CHECK_FALSE(blank(f.why));
    }
}
