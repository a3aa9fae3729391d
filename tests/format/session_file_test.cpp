// Session files: a round trip keeps every field (and replays bit for bit), an interrupted class
// resumes at the next turn with nothing lost, and a damaged file falls back to its backup.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "core/run_recording.h"
#include "format/catalog_file.h"
#include "format/level_file.h"
#include "format/recording_json.h"
#include "format/session_file.h"

namespace fs = std::filesystem;
using format::Session;

namespace {

fs::path freshDir(const std::string& name) {
    fs::path dir =
        fs::temp_directory_path() / ("attune-session-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

struct Content {
    core::Catalog catalog;
    std::vector<core::LevelDef> levels;
};

const Content& content() {
    static const Content c = [] {
        const std::string root = ATTUNE_ROOT_DIR;
        Content out{*format::loadCatalog(root + "/assets/catalog").value, {}};
        for (const char* id : {"01-early-hunger", "05-crying-that-does-not-stop"})
            out.levels.push_back(
                *format::loadLevel(root + "/levels/" + id + ".json", out.catalog).value);
        return out;
    }();
    return c;
}

/// Plays one turn with a bot (and, for the crying level, rocking by hand) and records it.
format::SessionRun playTurn(const Session& s, int participant, int levelIndex, const char* policy) {
    const core::LevelDef& level = content().levels[static_cast<std::size_t>(levelIndex)];
    core::Script script;
    core::ScriptAction rock;
    rock.tS = 30.0;
    rock.respond = "rock";
    rock.gesture = "rock";
    rock.untilS = 50.0;
    script.actions.push_back(rock);
    format::SessionRun run;
    run.participant = participant;
    run.level = level.id;
    core::RunOptions o;
    o.policy = policy;
    o.seed = s.seed;
    o.record = &run.recording;
    if (levelIndex == 1) o.script = &script;
    run.score = core::runLevel(content().catalog, level, o).score;
    return run;
}

Session classOfThree() {
    Session s;
    s.name = "Tuesday \"Bumps\" class";
    s.date = "2026-11-28";
    s.participants = {"Sam", "", "Alex"};
    s.playlist = {"01-early-hunger", "05-crying-that-does-not-stop"};
    s.pauseOnCue = true;
    s.seed = 42;
    return s;
}

}  // namespace

TEST_CASE("Session file: saving and reading gives the same session, and runs replay bit for bit") {
    Session s = classOfThree();
    s.runs.push_back(playTurn(s, 0, 0, "sensitive"));
    s.runs.push_back(playTurn(s, 1, 1, "slow"));
    const std::string text = format::sessionToJson(s);
    const auto loaded = format::parseSession(text, "class.session.json");
    REQUIRE(loaded.ok());
    CHECK(format::sessionToJson(*loaded.value) == text);
    const Session& back = *loaded.value;
    CHECK(back.name == s.name);
    CHECK(back.participants == s.participants);
    CHECK(back.pauseOnCue);
    CHECK_FALSE(back.showLeaderboard);
    REQUIRE(back.runs.size() == 2);
    REQUIRE_FALSE(back.runs[1].recording.hands.empty());
    CHECK(back.runs[1].score.episodes.size() == s.runs[1].score.episodes.size());
    CHECK(back.runs[1].score.score == s.runs[1].score.score);
    for (std::size_t i = 0; i < 2; ++i) {
        const core::LevelDef& level = content().levels[i];
        const auto original = core::replayRun(content().catalog, level, s.runs[i].recording);
        const auto reread = core::replayRun(content().catalog, level, back.runs[i].recording);
        CHECK(reread.eventHash == original.eventHash);
        CHECK(reread.score.score == s.runs[i].score.score);
    }
}

TEST_CASE(
    "Session file: turns go level by level, each participant in turn; anonymous names get "
    "numbers") {
    Session s = classOfThree();
    CHECK(format::participantLabel(s, 1) == "Participant 2");
    CHECK(format::participantLabel(s, 2) == "Alex");
    auto t = format::nextTurn(s);
    CHECK((t.participant == 0 && t.playlistIndex == 0 && !t.done));
    s.runs.push_back({0, "01-early-hunger", {}, {}});
    s.runs.push_back({1, "01-early-hunger", {}, {}});
    s.runs.push_back({2, "01-early-hunger", {}, {}});
    t = format::nextTurn(s);
    CHECK((t.participant == 0 && t.playlistIndex == 1));
    s.mode = format::SessionMode::Group;
    s.participants.clear();
    CHECK(format::participantCount(s) == 1);
    CHECK(format::participantLabel(s, 0) == "The group");
}

TEST_CASE(
    "Session file: an interrupted class reopens with every finished run and resumes at the next "
    "turn") {
    const fs::path dir = freshDir("interrupted");
    const std::string path = (dir / "class.session.json").string();
    Session s = classOfThree();
    std::string error;
    REQUIRE(format::saveSession(path, s, &error));
    // Four of six turns are played, the session saved after each; then the laptop dies.
    for (int turn = 0; turn < 4; ++turn) {
        const format::SessionTurn t = format::nextTurn(s);
        s.runs.push_back(
            playTurn(s, t.participant, t.playlistIndex, turn % 2 ? "slow" : "sensitive"));
        REQUIRE(format::saveSession(path, s, &error));
    }
    const format::SessionLoad reopened = format::loadSession(path);
    REQUIRE(reopened.session);
    CHECK_FALSE(reopened.fromBackup);
    CHECK(reopened.notice.empty());
    REQUIRE(reopened.session->runs.size() == 4);
    for (std::size_t i = 0; i < 4; ++i)
        CHECK(reopened.session->runs[i].score.score == s.runs[i].score.score);
    const format::SessionTurn next = format::nextTurn(*reopened.session);
    CHECK(next.participant == 1);
    CHECK(next.playlistIndex == 1);
    fs::remove_all(dir);
}

TEST_CASE(
    "Session file: a damaged session falls back to the backup with a notice and keeps the damaged "
    "file") {
    const fs::path dir = freshDir("damaged");
    const std::string path = (dir / "class.session.json").string();
    Session s = classOfThree();
    std::string error;
    s.runs.push_back(playTurn(s, 0, 0, "sensitive"));
    REQUIRE(format::saveSession(path, s, &error));
    s.runs.push_back(playTurn(s, 1, 0, "slow"));
    REQUIRE(format::saveSession(path, s, &error));
    const std::string full = format::sessionToJson(s);
    { std::ofstream(path, std::ios::binary | std::ios::trunc) << full.substr(0, full.size() / 2); }
    const format::SessionLoad reopened = format::loadSession(path);
    REQUIRE(reopened.session);
    CHECK(reopened.fromBackup);
    CHECK_THAT(reopened.notice, Catch::Contains("backup"));
    CHECK(reopened.session->runs.size() == 1);
    CHECK(fs::exists(path + ".damaged"));
    CHECK(format::nextTurn(*reopened.session).participant == 1);
    fs::remove_all(dir);
}

TEST_CASE("Session file: bad fields are reported with their field paths") {
    const std::string text =
        R"({"format_version": 1, "playlist": ["01-early-hunger"], "mode": "hotseat",
      "runs": [{"participant": 0, "level": "01-early-hunger",
                "recording": {"seed": 1, "steps": 10, "hands": ["0 5 0.1 nope 1"]},
                "score": {"score": 50}}]})";
    const auto loaded = format::parseSession(text, "bad.session.json");
    CHECK_FALSE(loaded.ok());
    std::string all;
    for (const auto& d : loaded.diagnostics) all += format::formatDiagnostic(d) + "\n";
    CHECK_THAT(all, Catch::Contains("mode: unknown value 'hotseat' (did you mean 'hot_seat'?)"));
    CHECK_THAT(all,
               Catch::Contains("runs[0].recording.hands[0]: expected \"STEP STEPS X_M Y_M HEAD\""));
}

TEST_CASE("Session file: a hand run's text reads back to exactly the same floats") {
    core::HandRun h;
    h.step = 120;
    h.steps = 30;
    h.hand.xM = 0.1f / 3.0f;
    h.hand.yM = -0.0f;
    h.hand.headSupported = false;
    core::HandRun back;
    REQUIRE(format::parseHandRun(format::handRunText(h), back));
    CHECK(back.step == 120);
    CHECK(back.steps == 30);
    CHECK(back.hand.xM == h.hand.xM);
    CHECK(std::signbit(back.hand.yM));
    CHECK_FALSE(back.hand.headSupported);
    CHECK_FALSE(format::parseHandRun("1 2 3", back));
}
