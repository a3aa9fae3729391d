// attune-check as a user runs it: exit codes 0/1/2, one line per problem, and --json output.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace {

struct Run {
    int exitCode = -1;
    std::string out;
};

Run check(const std::string& args) {
    const std::string command = std::string(ATTUNE_BIN_DIR "/attune-check ") + args + " 2>/dev/null";
    Run run;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) run.out.append(buffer.data(), n);
    int status = ::pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

const std::string kData = ATTUNE_ROOT_DIR "/tests/data";
const std::string kMini = " --catalog " + kData + "/catalog-mini ";

}  // namespace

TEST_CASE("attune-check: a valid catalog folder exits 0 with no output") {
    Run r = check(kData + "/catalog-mini");
    CHECK(r.exitCode == 0);
    CHECK(r.out.empty());
}

TEST_CASE("attune-check: an invalid level exits 1 and prints its diagnostic line") {
    Run r = check(kMini + kData + "/bad/level-unknown-need.json");
    CHECK(r.exitCode == 1);
    CHECK(r.out.find("level-unknown-need.json:8:30: error: episodes[0].need: unknown need id 'hungr' "
                     "(did you mean 'hunger'?)\n") != std::string::npos);
}

TEST_CASE("attune-check: warnings alone still exit 0") {
    Run r = check(kMini + kData + "/bad/level-misspelt-key.json");
    CHECK(r.exitCode == 0);
    CHECK(r.out.find(": warning: ") != std::string::npos);
}

TEST_CASE("attune-check: a missing file exits 2") {
    Run r = check(kMini + kData + "/bad/no-such-level.json");
    CHECK(r.exitCode == 2);
    CHECK(r.out.find("no such file or folder") != std::string::npos);
}

TEST_CASE("attune-check: a usage error exits 2") {
    CHECK(check("").exitCode == 2);
    CHECK(check("--frobnicate x.json").exitCode == 2);
    CHECK(check("--catalog").exitCode == 2);
    CHECK(check("--help").exitCode == 0);
}

TEST_CASE("attune-check: a folder of bad fixtures exits 1 with one line per problem") {
    Run r = check(kMini + kData + "/bad");
    CHECK(r.exitCode == 1);
    CHECK(r.out.find("level-empty.json: error: file is empty") != std::string::npos);
    CHECK(r.out.find("level-nul-byte.json:3:11: error:") != std::string::npos);
    CHECK(r.out.find("rapidjson") == std::string::npos);
}

TEST_CASE("attune-check: --json prints one object with the diagnostics") {
    Run r = check("--json" + kMini + kData + "/bad/level-start-past-end.json");
    CHECK(r.exitCode == 1);
    CHECK(r.out.rfind("{\n  \"ok\": false,\n  \"exit_code\": 1,", 0) == 0);
    CHECK(r.out.find("\"line\": 8,") != std::string::npos);
    CHECK(r.out.find("\"field\": \"episodes[0].start_s\"") != std::string::npos);
    CHECK(r.out.find("\"severity\": \"error\"") != std::string::npos);
}

TEST_CASE("attune-check: the shipped levels and catalog are valid") {
    Run r = check(std::string(ATTUNE_ROOT_DIR "/assets/catalog ") + ATTUNE_ROOT_DIR "/levels");
    INFO(r.out);
    CHECK(r.exitCode == 0);
}

TEST_CASE("attune-check: the shipped campaign index is checked as an index, not as a level") {
    Run r = check(ATTUNE_ROOT_DIR "/levels/index.json");
    CHECK(r.exitCode == 0);
    CHECK(r.out.empty());
}

TEST_CASE("attune-check: a campaign index naming a missing or repeated level exits 1") {
    Run r = check(kData + "/campaign-bad/index.json");
    CHECK(r.exitCode == 1);
    CHECK(r.out.find("chapters[0].levels[1]: no level file 'missing-level.json' next to the index") !=
          std::string::npos);
    CHECK(r.out.find("chapters[0].levels[2]: level 'present' is listed more than once") !=
          std::string::npos);
}
