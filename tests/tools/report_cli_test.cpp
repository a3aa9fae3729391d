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
