// attune-report as a facilitator runs it: outputs written, exit codes 0 / 1 / 2 like attune-check.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

int report(const std::string& args, std::string* out = nullptr) {
    const std::string command =
        std::string(ATTUNE_BIN_DIR "/attune-report ") + args + " 2>/dev/null";
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer;
    std::size_t n;
    std::string text;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        text.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    if (out) *out = text;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

const std::string kSession = ATTUNE_ROOT_DIR "/tests/data/sessions/class.session.json";

}  // namespace

TEST_CASE("attune-report: writes CSV, HTML and JSON and exits 0") {
    const fs::path dir =
        fs::temp_directory_path() / ("attune-report-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    CHECK(report(kSession + " --csv " + (dir / "r.csv").string() + " --html " +
                 (dir / "r.html").string() + " --json " + (dir / "r.json").string()) == 0);
    CHECK(fs::file_size(dir / "r.csv") > 1000);
    CHECK(fs::file_size(dir / "r.html") > 1000);
    CHECK(fs::file_size(dir / "r.json") > 1000);
    fs::remove_all(dir);
}

TEST_CASE("attune-report: an invalid session exits 1 with its diagnostic line") {
    const fs::path bad =
        fs::temp_directory_path() / ("attune-bad-" + std::to_string(::getpid()) + ".session.json");
    std::ofstream(bad) << "{\"format_version\": 1, \"playlist\": [\"a\"], \"mode\": \"solo\"}\n";
    std::string out;
    CHECK(report(bad.string(), &out) == 1);
    CHECK_THAT(out, Catch::Contains("mode: unknown value 'solo'"));
    fs::remove(bad);
}

TEST_CASE("attune-report: usage errors and unreadable files exit 2") {
    CHECK(report("") == 2);
    CHECK(report(kSession + " --bogus") == 2);
    CHECK(report(kSession + " --csv") == 2);
    CHECK(report("/no/such/file.session.json") == 2);
    CHECK(report("--help") == 0);
}

TEST_CASE("attune-report: an output that is a link or a device is written through, never replaced") {
    const fs::path dir =
        fs::temp_directory_path() / ("attune-report-links-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::create_symlink("/dev/null", dir / "null.csv");
    std::ofstream(dir / "real.html") << "old";
    fs::create_symlink(dir / "real.html", dir / "link.html");
    CHECK(report(kSession + " --csv " + (dir / "null.csv").string() + " --html " +
                 (dir / "link.html").string()) == 0);
    CHECK(fs::is_symlink(dir / "null.csv"));
    CHECK_FALSE(fs::exists(dir / "null.csv.bak"));
    CHECK(fs::is_character_file("/dev/null"));
    CHECK(fs::is_symlink(dir / "link.html"));
    CHECK_FALSE(fs::exists(dir / "link.html.bak"));
    CHECK(fs::file_size(dir / "real.html") > 1000);
    fs::remove_all(dir);
}

TEST_CASE("attune-report: an output folder is refused with a message and exit 2") {
    const fs::path dir =
        fs::temp_directory_path() / ("attune-report-dir-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    CHECK(report(kSession + " --csv " + dir.string()) == 2);
    CHECK(fs::is_directory(dir));
    fs::remove_all(dir);
}

TEST_CASE("attune-report: the CSV leaves scores out while the session's leaderboard is off") {
    std::string csv;
    REQUIRE(report(kSession + " --csv -", &csv) == 0);  // the fixture keeps its leaderboard off
    const std::string header = csv.substr(0, csv.find("\r\n"));
    CHECK(header.find("level_score") == std::string::npos);
    CHECK(header.find("level_stars") == std::string::npos);
    CHECK(header.find("episode_score") == std::string::npos);
    CHECK(header.find("unfinished") != std::string::npos);
}
