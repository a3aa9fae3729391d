// The profile store with profiles read from disk: ids that would name a path outside the data
// folder, two profiles with one id, and saves that fail are all caught, and nothing is lost.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "app/profile_store.h"
#include "format/paths.h"
#include "format/save_file.h"

namespace fs = std::filesystem;

namespace {

/// DATA folder inside a scratch folder, so a write that escapes DATA lands where a test sees it.
struct Scratch {
    fs::path root, data;
    explicit Scratch(const std::string& name) {
        root = fs::temp_directory_path() /
               ("attune-profiles-" + name + "-" + std::to_string(::getpid()));
        fs::remove_all(root);
        data = root / "data";
        fs::create_directories(data / "profiles");
    }
    ~Scratch() { fs::remove_all(root); }
    void put(const std::string& file, const std::string& id, const std::string& name,
             int plays = 0) const {
        format::Profile p;
        p.id = id;
        p.name = name;
        if (plays) p.progress.push_back({"01-early-hunger", 80.0f, 3, plays, {}});
        std::ofstream(data / "profiles" / file) << format::profileToJson(p);
    }
};

int filesUnder(const fs::path& dir) {
    int n = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir)) n += e.is_regular_file();
    return n;
}

}  // namespace

TEST_CASE("Profiles: an id read from disk never makes a write leave the data folder") {
    Scratch s("traversal");
    s.put("evil.json", "../../escaped", "Evil");
    s.put("last.json", "../last_profile", "Last");
    s.put("abs.json", "/tmp/attune-absolute-escape", "Abs");
    app::ProfileStore store(s.data.string());
    REQUIRE(store.profiles().size() == 3);
    for (int i = 0; i < 3; ++i) {
        store.choose(i);
        CHECK(format::isSafeId(store.current().id));
        store.edit().settings.captions = false;
        CHECK(store.save());
        CHECK(store.currentPath().rfind((s.data / "profiles").string() + "/", 0) == 0);
    }
    CHECK_FALSE(fs::exists(s.root / "escaped.json"));
    CHECK_FALSE(fs::exists("/tmp/attune-absolute-escape.json"));
    CHECK(filesUnder(s.root) == filesUnder(s.data));  // nothing written beside DATA
    CHECK_FALSE(store.notices().empty());            // the player is told which profile changed
    app::ProfileStore again(s.data.string());        // and the fix holds at the next start
    CHECK(again.profiles().size() == 3);
    CHECK(again.notices().empty());
}

TEST_CASE("Profiles: two profiles with the same id are both kept, and the real one keeps its id") {
    Scratch s("duplicate");
    s.put("aaa.json", "bee", "Impostor");  // a leftover copy, first by file name
    s.put("bee.json", "bee", "Bee", 7);
    app::ProfileStore store(s.data.string());
    REQUIRE(store.profiles().size() == 2);
    CHECK(store.profiles()[1].id == "bee");
    CHECK(store.profiles()[1].name == "Bee");
    CHECK(store.profiles()[0].id != "bee");
    store.choose(0);  // choosing the impostor and saving must not touch bee.json
    store.edit().settings.captions = false;
    REQUIRE(store.save());
    const format::ProfileLoad bee = format::loadProfile((s.data / "profiles" / "bee.json").string());
    REQUIRE(bee.profile);
    CHECK(bee.profile->name == "Bee");
    REQUIRE(bee.profile->progress.size() == 1);
    CHECK(bee.profile->progress[0].plays == 7);
    CHECK_FALSE(fs::exists(s.data / "profiles" / "bee.json.bak"));
}

TEST_CASE("Profiles: a failed save says so when it happens and is retried until it gets through") {
    Scratch s("save-fails");
    app::ProfileStore store(s.data.string());
    store.create("Sam");
    store.notices().clear();
    const std::string blocker = store.currentPath() + ".tmp." + std::to_string(::getpid());
    fs::create_directory(blocker);  // the save cannot create its temp file (even as root)
    store.edit().settings.captions = false;
    CHECK_FALSE(store.save());
    CHECK(store.isSavePending());
    REQUIRE(store.notices().size() == 1);
    CHECK_THAT(store.notices()[0], Catch::Contains("could not be saved"));
    CHECK_FALSE(store.save());
    CHECK(store.notices().size() == 1);  // said once, not on every try
    fs::remove(blocker);
    for (int i = 0; i < 400 && store.isSavePending(); ++i) store.retryFailedSave();
    CHECK_FALSE(store.isSavePending());
    CHECK_THAT(store.notices().back(), Catch::Contains("saved again"));
    const format::ProfileLoad back = format::loadProfile(store.currentPath());
    REQUIRE(back.profile);
    CHECK_FALSE(back.profile->settings.captions);
}

TEST_CASE("Paths: only plain lowercase ids name files inside their folder") {
    CHECK(format::isSafeId("sam-b"));
    CHECK(format::isSafeId("2026-01-01-class"));
    CHECK_FALSE(format::isSafeId(""));
    CHECK_FALSE(format::isSafeId("../x"));
    CHECK_FALSE(format::isSafeId("/abs"));
    CHECK_FALSE(format::isSafeId("Sam"));
    CHECK_FALSE(format::isSafeId("-x"));
    CHECK_FALSE(format::isSafeId(std::string("a\0b", 3)));
    CHECK(format::pathInside("/d", "../x", ".json").empty());
    CHECK(format::pathInside("/d", "sam", ".json") == "/d/sam.json");
}
