// The facilitator session in the game: a run played through PlaySession is recorded so that it
// replays bit for bit, saved after the run, reopened when the game restarts, and exported.
#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

#include "app/facilitator_state.h"
#include "core/bots.h"

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
