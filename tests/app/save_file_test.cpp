// Tests for format/save_file: round trips, the backup fallback with a notice, and atomic writes.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "format/atomic_write.h"
#include "format/save_file.h"

namespace fs = std::filesystem;

namespace {

std::string freshDir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("attune-app-test-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

format::Profile sampleProfile() {
    format::Profile p;
    p.id = "sam";
    p.name = "Sam";
    p.settings.uiScale = 1.5f;
    p.settings.captions = false;
    p.settings.relaxed = true;
    p.settings.colourBlindSafe = true;
    p.settings.babyVolume = 0.25f;
    p.settings.keys["feed"] = "J";
    p.progress.push_back({"01-early-hunger", 87.5f, 3, 2, {"I saw the rooting first."}});
    p.unlocked.push_back("02-sleepy-signs");
    return p;
}

}  // namespace

TEST_CASE("Saves: a profile survives a round trip through JSON") {
    const format::Profile p = sampleProfile();
    const std::string json = format::profileToJson(p);
    CHECK(json.rfind("{\n  \"format_version\": 1", 0) == 0);
    const auto back = format::parseProfile(json, "sam.json");
    REQUIRE(back.ok());
    CHECK(back.value->name == "Sam");
    CHECK(back.value->settings.uiScale == 1.5f);
    CHECK_FALSE(back.value->settings.captions);
    CHECK(back.value->settings.relaxed);
    CHECK(back.value->settings.colourBlindSafe);
    CHECK(back.value->settings.babyVolume == 0.25f);
    CHECK(back.value->settings.keys.at("feed") == "J");
    REQUIRE(back.value->progress.size() == 1);
    CHECK(back.value->progress[0].bestScore == 87.5f);
    CHECK(back.value->progress[0].stars == 3);
    CHECK(back.value->unlocked == std::vector<std::string>{"02-sleepy-signs"});
    CHECK(format::profileToJson(*back.value) == json);
}

TEST_CASE("Saves: a corrupted save falls back to the backup with a visible notice") {
    const std::string dir = freshDir("corrupt");
    const std::string path = dir + "/profiles/sam.json";
    format::Profile p = sampleProfile();
    REQUIRE(format::saveProfile(path, p, nullptr));
    p.progress[0].bestScore = 95.0f;
    REQUIRE(format::saveProfile(path, p, nullptr));  // the first save is now sam.json.bak
    { std::ofstream(path, std::ios::trunc) << "{\"format_version\": 1, \"id\": \"sam\", \"na"; }
    const format::ProfileLoad load = format::loadProfile(path);
    REQUIRE(load.profile);
    CHECK(load.fromBackup);
    CHECK(load.profile->progress[0].bestScore == 87.5f);
    CHECK(load.notice.find("backup") != std::string::npos);
    CHECK(fs::exists(path + ".damaged"));  // never silent loss: the damaged bytes are kept
}

TEST_CASE("Saves: a save with no usable backup gives a notice, not a crash") {
    const std::string dir = freshDir("nobackup");
    const std::string path = dir + "/profiles/sam.json";
    fs::create_directories(dir + "/profiles");
    { std::ofstream(path) << "\xEF\xBB\xBF not json at all"; }
    const format::ProfileLoad load = format::loadProfile(path);
    CHECK_FALSE(load.profile);
    CHECK_FALSE(load.notice.empty());
    CHECK(fs::exists(path + ".damaged"));
}

TEST_CASE("Saves: a failed atomic write leaves the old file as it was") {
    const std::string dir = freshDir("atomic");
    const std::string path = dir + "/sam.json";
    REQUIRE(format::writeFileAtomic(path, "old contents\n", nullptr));
    // Block the temporary file's name with a folder, so the write fails before any rename.
    fs::create_directories(path + ".tmp." + std::to_string(::getpid()));
    std::string error;
    CHECK_FALSE(format::writeFileAtomic(path, "new contents\n", &error));
    CHECK_FALSE(error.empty());
    CHECK(readAll(path) == "old contents\n");
}

TEST_CASE("Saves: a newer save format is refused with a clear message") {
    const auto back = format::parseProfile("{\"format_version\": 99, \"id\": \"a\", \"name\": \"A\"}", "a.json");
    CHECK_FALSE(back.ok());
    REQUIRE_FALSE(back.diagnostics.empty());
    CHECK(back.diagnostics[0].message.find("newer") != std::string::npos);
}

TEST_CASE("Saves: profile ids are file-safe and never empty") {
    CHECK(format::profileIdFromName("Sam B.") == "sam-b");
    CHECK(format::profileIdFromName("../..") == "player");
    CHECK(format::profileIdFromName("") == "player");
}
