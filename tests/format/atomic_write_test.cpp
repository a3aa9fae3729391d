// writeFileAtomic replaces a file whole, keeps the previous version, and never harms the original.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include "format/atomic_write.h"
#include "format/level_file.h"

namespace fs = std::filesystem;

namespace {

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

fs::path freshDir(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / ("attune-atomic-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("Atomic writer: a new file is written whole with no backup or temp file left") {
    const fs::path dir = freshDir("new");
    std::string error;
    REQUIRE(format::writeFileAtomic((dir / "a.json").string(), "hello\n", &error));
    CHECK(readAll(dir / "a.json") == "hello\n");
    CHECK_FALSE(fs::exists(dir / "a.json.bak"));
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    fs::remove_all(dir);
}

TEST_CASE("Atomic writer: replacing a file keeps the previous version as PATH.bak") {
    const fs::path dir = freshDir("backup");
    const std::string path = (dir / "a.json").string();
    std::string error;
    REQUIRE(format::writeFileAtomic(path, "one", &error));
    REQUIRE(format::writeFileAtomic(path, "two", &error));
    CHECK(readAll(path) == "two");
    CHECK(readAll(path + ".bak") == "one");
    REQUIRE(format::writeFileAtomic(path, "three", &error));
    CHECK(readAll(path + ".bak") == "two");
    fs::remove_all(dir);
}

TEST_CASE("Atomic writer: when the temp file cannot be created the original and backup stay intact") {
    const fs::path dir = freshDir("blocked");
    const std::string path = (dir / "a.json").string();
    std::string error;
    REQUIRE(format::writeFileAtomic(path, "first", &error));
    REQUIRE(format::writeFileAtomic(path, "original", &error));
    // A folder squatting on the temp file's name makes creating it fail, even for root.
    fs::create_directory(path + ".tmp." + std::to_string(::getpid()));
    CHECK_FALSE(format::writeFileAtomic(path, "new", &error));
    CHECK(error.find("cannot create") != std::string::npos);
    CHECK(readAll(path) == "original");
    CHECK(readAll(path + ".bak") == "first");
    fs::remove_all(dir);
}

TEST_CASE("Atomic writer: in a read-only folder the write fails and the original stays intact") {
    if (::geteuid() == 0) return;  // root ignores folder permissions; the test above covers root
    const fs::path dir = freshDir("readonly");
    const std::string path = (dir / "a.json").string();
    std::string error;
    REQUIRE(format::writeFileAtomic(path, "original", &error));
    fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
    CHECK_FALSE(format::writeFileAtomic(path, "new", &error));
    fs::permissions(dir, fs::perms::owner_all);
    CHECK(readAll(path) == "original");
    fs::remove_all(dir);
}

TEST_CASE("Atomic writer: a failed write into a missing folder reports why") {
    std::string error;
    CHECK_FALSE(format::writeFileAtomic("/nonexistent-attune-dir/sub/a.json", "x", &error));
    CHECK(error.find("No such file or directory") != std::string::npos);
}

TEST_CASE("Level saving: saveLevel writes levelToJson atomically") {
    const fs::path dir = freshDir("level");
    core::LevelDef level;
    level.id = "saved";
    std::string error;
    REQUIRE(format::saveLevel((dir / "saved.json").string(), level, &error));
    CHECK(readAll(dir / "saved.json") == format::levelToJson(level));
    fs::remove_all(dir);
}

TEST_CASE("Atomic writer: a symbolic link is written through and stays a link") {
    const fs::path dir = freshDir("link");
    std::string error;
    REQUIRE(format::writeFileAtomic((dir / "target.csv").string(), "old", &error));
    fs::create_symlink(dir / "target.csv", dir / "link.csv");
    REQUIRE(format::writeFileAtomic((dir / "link.csv").string(), "new", &error));
    CHECK(fs::is_symlink(dir / "link.csv"));
    CHECK_FALSE(fs::exists(dir / "link.csv.bak"));
    CHECK(readAll(dir / "target.csv") == "new");
    CHECK(readAll(dir / "target.csv.bak") == "old");
    fs::remove(dir / "target.csv");
    fs::remove(dir / "target.csv.bak");
    CHECK_FALSE(format::writeFileAtomic((dir / "link.csv").string(), "x", &error));
    CHECK(error.find("does not exist") != std::string::npos);
    CHECK(fs::is_symlink(dir / "link.csv"));  // a dangling link is left alone
    fs::remove_all(dir);
}

TEST_CASE("Atomic writer: a device is written through, never replaced or backed up") {
    // Through a link to /dev/null, so a regression replaces the link, never the device itself.
    const fs::path dir = freshDir("devlink");
    fs::create_symlink("/dev/null", dir / "out.csv");
    std::string error;
    REQUIRE(format::writeFileAtomic((dir / "out.csv").string(), "report text", &error));
    CHECK(fs::is_symlink(dir / "out.csv"));
    CHECK_FALSE(fs::exists(dir / "out.csv.bak"));
    CHECK(fs::is_character_file("/dev/null"));
    CHECK_FALSE(fs::exists("/dev/null.bak"));
    fs::remove_all(dir);
}

TEST_CASE("Atomic writer: a pipe nobody reads and a folder are refused with a message") {
    const fs::path dir = freshDir("fifo");
    const fs::path fifo = dir / "out.fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string error;
    CHECK_FALSE(format::writeFileAtomic(fifo.string(), "x", &error));  // returns, never blocks
    CHECK(error.find("nobody is reading") != std::string::npos);
    CHECK(fs::is_fifo(fifo));
    CHECK_FALSE(format::writeFileAtomic(dir.string(), "x", &error));
    CHECK(error.find("is a folder") != std::string::npos);
    fs::remove_all(dir);
}
