// The facilitator session in the game: a run played through PlaySession is recorded so that it
// replays bit for bit, saved after the run, reopened when the game restarts, and exported.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <unistd.h>

#include "app/facilitator_state.h"
#include "core/bots.h"
#include "core/debrief.h"
#include "format/session_file.h"

namespace fs = std::filesystem;

namespace {

struct Fixture {
    app::AppOptions options;
    app::GameData data;
    std::unique_ptr<app::ProfileStore> profiles;
    app::Sound sound;
    std::unique_ptr<app::AppContext> ctx;

    explicit Fixture(const std::string& name) {
        options.dataDir = (fs::temp_directory_path() /
                           ("attune-facil-" + name + "-" + std::to_string(::getpid())))
                              .string();
        fs::remove_all(options.dataDir);
        std::string error;
        REQUIRE(app::loadGameData(ATTUNE_ROOT_DIR, &data, &error));
        profiles = std::make_unique<app::ProfileStore>(options.dataDir, false);
        ctx = std::make_unique<app::AppContext>(options, data, *profiles, sound);
        app::facilitator() = {};
    }
    ~Fixture() { fs::remove_all(options.dataDir); }
};

/// Plays a level as a person would through PlaySession: a bot's choices as clicks, and a rocking
/// hand.
format::SessionRun playThroughSession(const app::AppContext& ctx, const std::string& levelId,
                                      int participant) {
    const core::LevelDef& level = *ctx.data.level(levelId);
    app::SessionDef def;
    def.levelId = levelId;
    def.seed = 5;
    app::PlaySession session(ctx.data.catalog, level, def);
    core::RunRecorder recorder(session.sim().index(), levelId, 5, false);
    core::Bot bot(core::Policy::Sensitive, session.sim().index(), 5);
    while (!session.isOver()) {
        const core::StepInput choice =
            bot.decide(session.sim().observe(), [&](int r) { return session.sim().canRespond(r); });
        const double t = session.sim().timeS();
        const core::HandSample hand = core::synthGesture("rock", t);
        app::stepRecorded(session, recorder, choice.respond,
                          session.sim().observe().busyResponse >= 0 ? &hand : nullptr);
        if (session.isStoppedForSafety()) session.resumeAfterSafety();
    }
    return {participant, levelId, recorder.recording(), session.record().score};
}

/// A one-level session with this name and date, as the setup screen makes it.
format::Session classOf(const std::string& name, const std::string& date) {
    format::Session s;
    s.name = name;
    s.date = date;
    s.playlist = {"01-early-hunger"};
    return s;
}

}  // namespace

TEST_CASE("Facilitator: a run played through the game's PlaySession replays to the same score") {
    Fixture fx("replay");
    const format::SessionRun run = playThroughSession(*fx.ctx, "01-early-hunger", 0);
    REQUIRE_FALSE(run.recording.responses.empty());
    REQUIRE_FALSE(run.recording.hands.empty());
    const core::RunResult replay =
        core::replayRun(fx.data.catalog, *fx.data.level("01-early-hunger"), run.recording);
    CHECK(replay.score.score == run.score.score);
    CHECK(replay.score.episodes.size() == run.score.episodes.size());
}

TEST_CASE(
    "Facilitator: a session is saved after each run, reopened after a restart, and exported") {
    Fixture fx("save");
    format::Session s;
    s.name = "Test class";
    s.date = "2026-01-01";
    s.participants = {"", ""};
    s.playlist = {"01-early-hunger"};
    REQUIRE(app::startSession(*fx.ctx, s));
    app::facilitator().session.runs.push_back(playThroughSession(*fx.ctx, "01-early-hunger", 0));
    REQUIRE(app::saveOpenSession(*fx.ctx));
    app::facilitator() = {};  // the game closes
    REQUIRE(app::ensureSessionOpen(*fx.ctx));
    CHECK(app::facilitator().session.runs.size() == 1);
    const format::SessionTurn next = format::nextTurn(app::facilitator().session);
    CHECK(next.participant == 1);
    CHECK_FALSE(next.done);
    std::string error;
    const std::vector<std::string> files = app::exportReports(*fx.ctx, &error);
    REQUIRE(files.size() == 3);
    for (const std::string& f : files) CHECK(fs::file_size(f) > 500);
    CHECK(files[0].find("2026-01-01-test-class.report.html") != std::string::npos);
}

TEST_CASE("Facilitator: the projector preset sets a large scale and high contrast, and turns off") {
    Fixture fx("projector");
    app::setProjectorPreset(*fx.ctx, true);
    CHECK(app::isProjectorPreset(*fx.ctx));
    CHECK(fx.ctx->styleDirty);
    app::setProjectorPreset(*fx.ctx, false);
    CHECK_FALSE(app::isProjectorPreset(*fx.ctx));
}

TEST_CASE("Facilitator: a run ended early records its needs still in progress as unfinished") {
    Fixture fx("early");
    const core::LevelDef& level = *fx.data.level("01-early-hunger");
    app::SessionDef def;
    def.levelId = level.id;
    app::PlaySession session(fx.data.catalog, level, def);
    core::RunRecorder recorder(session.sim().index(), level.id, 1, false);
    // Play until the first need is showing cues, then end the run, as "End this run" does.
    while (session.sim().observe().cues.empty() && !session.isOver())
        app::stepRecorded(session, recorder, -1, nullptr);
    for (int i = 0; i < 60; ++i) app::stepRecorded(session, recorder, -1, nullptr);
    REQUIRE_FALSE(session.isOver());
    CHECK(session.sim().score().episodes.empty());  // what used to be saved: nothing at all
    const core::LevelScore score = session.sim().scoreStoppedNow();
    REQUIRE(score.episodes.size() == 1);
    CHECK(score.episodes[0].unfinished);
    CHECK_FALSE(score.episodes[0].missed);
    CHECK(score.episodes[0].episodeId == level.episodes[0].id);
    format::Session s;
    s.playlist = {level.id};
    s.runs.push_back({0, level.id, recorder.recording(), score});
    const core::Debrief d = core::computeDebrief(format::debriefRuns(s));
    CHECK(d.unfinished == 1);
    CHECK(d.missed == 0);
    const auto back = format::parseSession(format::sessionToJson(s), "early.session.json");
    REQUIRE(back.ok());
    CHECK(back.value->runs[0].score.episodes[0].unfinished);
}

TEST_CASE("Facilitator: starting a session with the same date and name keeps the earlier one") {
    Fixture fx("same-name");
    const format::Session s = classOf("Class", "2026-01-01");
    REQUIRE(app::startSession(*fx.ctx, s));
    const std::string first = app::facilitator().path;
    app::facilitator().session.runs.push_back(playThroughSession(*fx.ctx, "01-early-hunger", 0));
    REQUIRE(app::saveOpenSession(*fx.ctx));
    REQUIRE(app::startSession(*fx.ctx, s));  // the facilitator starts a new class, same defaults
    const std::string second = app::facilitator().path;
    CHECK(second != first);
    CHECK(second.find("2026-01-01-class-2.session.json") != std::string::npos);
    const format::SessionLoad earlier = format::loadSession(first);
    REQUIRE(earlier.session);
    CHECK(earlier.session->runs.size() == 1);
    CHECK_FALSE(earlier.fromBackup);
}

TEST_CASE("Facilitator: --screen turn resumes the most recently saved session, not the last name") {
    Fixture fx("newest");
    const format::Session old = classOf("class", "24-11-2026");  // day first: sorts last
    REQUIRE(app::startSession(*fx.ctx, old));
    const std::string oldPath = app::facilitator().path;
    format::Session today = old;
    today.date = "2026-12-01";
    REQUIRE(app::startSession(*fx.ctx, today));
    const std::string newPath = app::facilitator().path;
    REQUIRE(oldPath > newPath);  // the old one is the alphabetically last
    fs::last_write_time(oldPath, fs::file_time_type::clock::now() - std::chrono::hours(24 * 7));
    app::facilitator() = {};  // the game restarts
    REQUIRE(app::ensureSessionOpen(*fx.ctx));
    CHECK(app::facilitator().path == newPath);
    CHECK(format::listSessionFiles(app::sessionDir(*fx.ctx)).front() == newPath);
}

TEST_CASE("Facilitator: a session save that fails is flagged, so the turn screen never says saved") {
    Fixture fx("save-fails");
    const format::Session s = classOf("Class", "2026-01-01");
    REQUIRE(app::startSession(*fx.ctx, s));
    CHECK_FALSE(app::facilitator().saveFailed);
    // A folder squatting on the temp file's name makes the save fail, even for root.
    fs::create_directory(app::facilitator().path + ".tmp." + std::to_string(::getpid()));
    fx.ctx->notices.clear();
    CHECK_FALSE(app::saveOpenSession(*fx.ctx));
    CHECK(app::facilitator().saveFailed);
    REQUIRE(fx.ctx->notices.size() == 1);
    CHECK_THAT(fx.ctx->notices[0], Catch::Contains("could not be saved"));
}
