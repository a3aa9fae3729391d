// A facilitator session's turns: whose turn it is, the level played (recorded step by step),
// pause and discuss at each new cue, and the run saved to the session the moment it ends.
#include <imgui.h>

#include <algorithm>
#include <cctype>

#include "app/discuss_card.h"
#include "app/facilitator_state.h"
#include "app/hand_drive.h"
#include "app/play_panels.h"
#include "app/screen_layout.h"
#include "app/screens.h"
#include "core/bots.h"
#include "core/run_recording.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace app {
namespace {

enum class Mode { TurnCard, Playing, Discuss, Paused, SafetyCard, RunDone };

constexpr double kAutoCardS = 2.0;  // how long --autoplay leaves a card up

class SessionPlayScreen : public Screen {
  public:
    void enter(AppContext& ctx) override {
        m_groups = std::make_unique<PadShortcuts>(ctx.data.catalog.responses);
        if (!ensureSessionOpen(ctx)) {
            m_next = ScreenId::SessionSetup;
            return;
        }
        m_autoplay = core::policyFromName(ctx.options.autoplay);
        showTurn();
        // --autoplay: a bot takes each turn as a player would (demos and smoke tests).
        if (m_autoplay && !m_turn.done) startTurn(ctx);
    }

    void update(AppContext& ctx, const ScreenInput& in, double dtS) override {
        applyCommonActions(ctx, in.actions);
        for (const UiAction& a : in.actions) handle(ctx, a);
        if (m_autoplay) autoplayCards(ctx, dtS);
        if (in.input.wasPressed(platform::Key::Escape) &&
            (m_mode == Mode::Playing || m_mode == Mode::Paused))
            m_mode = m_mode == Mode::Paused ? Mode::Playing : Mode::Paused;
        // The room talks over a quiet baby while play is frozen.
        ctx.sound.setMuted(m_mode == Mode::Discuss || m_mode == Mode::Paused);
        if (m_mode != Mode::Playing || !m_session || m_next != ScreenId::Stay) return;
        m_layout = playLayout(static_cast<float>(ctx.windowWidthPx),
                              static_cast<float>(ctx.windowHeightPx), ImGui::GetFontSize());
        driveHand(in.input, in.step, dtS);
        if (m_bot)
            m_queued = m_bot
                           ->decide(m_session->sim().observe(),
                                    [&](int r) { return m_session->sim().canRespond(r); })
                           .respond;
        stepRecorded();
        playSounds(ctx);
        if (facilitator().session.pauseOnCue)
            if (auto moment = newCueIn(m_session->lastEvents())) {
                m_moment = *moment;
                m_mode = Mode::Discuss;
            }
        if (m_session->isStoppedForSafety()) m_mode = Mode::SafetyCard;
        const double limitS = facilitator().session.turnLimitS;
        if (m_session->isOver() || (limitS > 0 && m_session->sim().timeS() >= limitS - 1e-9))
            finishRun(ctx);
    }

    void draw(const AppContext& ctx, UiActions& out) const override {
        if (m_session && m_mode != Mode::TurnCard && m_mode != Mode::RunDone) {
            const PlayLayout layout = playLayout(
                ImGui::GetIO().DisplaySize.x, ImGui::GetIO().DisplaySize.y, ImGui::GetFontSize());
            PlayView v{*m_session,
                       layout,
                       m_keyLabels,
                       m_scancodes,
                       HintLevel::BodyLanguageOnly,
                       ctx.settings().captions,
                       m_mode == Mode::Playing,
                       m_groups.get(),
                       m_group};
            drawScenePanel(ctx, v);
            drawTopBar(ctx, v, out);
            drawCaptions(v);
            drawResponses(ctx, v, out);
            drawCoach(ctx, v);
            if (m_mode == Mode::Discuss)
                drawDiscussCard(ctx, m_session->sim().level(), m_moment, out);
            if (m_mode == Mode::Paused) drawPauseCard(out);
            if (m_mode == Mode::SafetyCard) drawSafetyCard(ctx, *m_session, out);
            return;
        }
        beginFullWindow("session_turn");
        drawNotices(ctx, out);
        if (m_mode == Mode::RunDone)
            drawRunDone(ctx, out);
        else
            drawTurnCard(ctx, out);
        ImGui::End();
    }

    void exit(AppContext& ctx) override {
        ctx.sound.setVoice(core::Voice::None, 0.0f);
        ctx.sound.setMuted(false);
    }

    ScreenId next() const override { return m_next; }

  private:
    void showTurn() {
        m_session.reset();
        m_turn = format::nextTurn(facilitator().session);
        m_mode = Mode::TurnCard;
        if (m_turn.done) m_next = ScreenId::SessionDebrief;
    }

    const std::string& levelId() const {
        return facilitator().session.playlist[static_cast<std::size_t>(m_turn.playlistIndex)];
    }

    void handle(AppContext& ctx, const UiAction& a) {
        if (a.verb == "start_turn")
            startTurn(ctx);
        else if (a.verb == "respond" && m_mode == Mode::Playing)
            m_queued = a.index;
        else if (a.verb == "pick_group")  // the group tabs shown when large text leaves no room
            m_group = a.index;
        else if (a.verb == "pause")
            m_mode = Mode::Paused;
        else if (a.verb == "resume")
            m_mode = Mode::Playing;
        else if (a.verb == "reveal")
            m_moment.revealed = true;
        else if (a.verb == "discuss_continue")
            m_mode = Mode::Playing;
        else if (a.verb == "safety_continue") {
            m_session->resumeAfterSafety();
            m_mode = Mode::Playing;
        } else if (a.verb == "safety_end" || a.verb == "end_run")
            finishRun(ctx);
        else if (a.verb == "next_turn")
            showTurn();
        else if (a.verb == "debrief")
            m_next = ScreenId::SessionDebrief;
        else if (a.verb == "replay_last") {
            facilitator().replayRun = static_cast<int>(facilitator().session.runs.size()) - 1;
            facilitator().replayEpisode = -1;
            facilitator().replayBack = ScreenId::SessionPlay;
            m_next = ScreenId::SessionReplay;
        } else if (a.verb == "leave")
            m_next = ScreenId::Title;
    }

    /// --autoplay cannot wait for a person: a discussion or safety card stays up for
    /// kAutoCardS of game time (revealed halfway, for screenshots), then play goes on.
    void autoplayCards(AppContext& ctx, double dtS) {
        if (m_mode != Mode::Discuss && m_mode != Mode::SafetyCard) {
            m_cardS = 0.0;
            return;
        }
        m_cardS += dtS;
        if (m_mode == Mode::Discuss && m_cardS >= kAutoCardS * 0.5) m_moment.revealed = true;
        if (m_cardS < kAutoCardS) return;
        handle(ctx, {m_mode == Mode::Discuss ? "discuss_continue" : "safety_continue"});
        m_cardS = 0.0;
    }

    void startTurn(AppContext& ctx) {
        const core::LevelDef* level = ctx.data.level(levelId());
        if (!level) {
            ctx.notices.push_back("Level '" + levelId() + "' is not installed; skipping it.");
            return;
        }
        const format::Session& s = facilitator().session;
        SessionDef def;
        def.levelId = level->id;
        def.relaxed = s.relaxed;
        def.seed = s.seed;
        m_session = std::make_unique<PlaySession>(ctx.data.catalog, *level, def);
        m_recorder = std::make_unique<core::RunRecorder>(m_session->sim().index(), level->id,
                                                         s.seed, s.relaxed);
        if (m_autoplay) m_bot.emplace(*m_autoplay, m_session->sim().index(), s.seed);
        mapKeys(ctx);
        m_queued = -1;
        m_hasHand = false;
        m_handDrive.reset();
        m_mode = Mode::Playing;
    }

    void stepRecorded() {
        app::stepRecorded(*m_session, *m_recorder, m_queued, m_hasHand ? &m_hand : nullptr);
        m_queued = -1;
    }

    /// The baby's voice and each response's sound, as on the play screen.
    void playSounds(AppContext& ctx) const {
        const core::Observation& obs = m_session->sim().observe();
        ctx.sound.setVoice(obs.look.voice, obs.look.voiceIntensity);
        for (const core::Event& e : m_session->lastEvents())
            if (e.type == core::EventType::ResponseStarted && e.response >= 0)
                ctx.sound.response(
                    ctx.data.catalog.responses[static_cast<std::size_t>(e.response)].id);
    }

    void finishRun(AppContext& ctx) {
        FacilitatorState& f = facilitator();
        format::SessionRun run;
        run.participant = m_turn.participant;
        run.level = levelId();
        run.recording = m_recorder->recording();
        // A run ended early keeps the needs still in progress, marked unfinished.
        run.score = m_session->sim().scoreStoppedNow();
        m_lastScore = run.score;
        f.session.runs.push_back(std::move(run));
        saveOpenSession(ctx);
        m_session.reset();
        ctx.sound.setVoice(core::Voice::None, 0.0f);
        m_mode = Mode::RunDone;
    }

    void mapKeys(const AppContext& ctx) {
        const auto& responses = ctx.data.catalog.responses;
        m_keyLabels.assign(responses.size(), "");
        m_scancodes.assign(responses.size(), -1);
        for (std::size_t r = 0; r < responses.size(); ++r) {
            auto remapped = ctx.settings().keys.find(responses[r].id);
            std::string key =
                remapped != ctx.settings().keys.end() ? remapped->second : responses[r].key;
            for (char& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            m_keyLabels[r] = key;
            m_scancodes[r] = platform::scancodeForLabel(key.c_str());
        }
    }

    /// Mouse drag, arrow keys or the stick move the hand while a hold, rock or walk response runs
    /// (through the same arm as the play screen); while any of them holds on, the response lasts.
    void driveHand(const platform::InputFrame& in, StepOfFrame sf, double dtS) {
        const core::Observation& obs = m_session->sim().observe();
        const auto& responses = m_session->sim().index().catalog().responses;
        if (obs.busyResponse < 0 ||
            responses[static_cast<std::size_t>(obs.busyResponse)].gesture == core::Gesture::None) {
            m_handDrive.reset();
            m_hasHand = false;
            return;
        }
        m_hasHand = m_handDrive.step(in, sf, m_layout, false, true, static_cast<float>(dtS), &m_hand);
    }

    void drawTurnCard(const AppContext& ctx, UiActions& out) const {
        const format::Session& s = facilitator().session;
        const float f = ImGui::GetFontSize();
        const core::LevelDef* level = ctx.data.level(levelId());
        ImGui::PushTextWrapPos(0.0f);  // projector text wraps instead of running off the edge
        ImGui::TextColored(
            ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft), "%s  ·  run %zu of %zu",
            s.name.c_str(), s.runs.size() + 1,
            s.playlist.size() * static_cast<std::size_t>(format::participantCount(s)));
        ImGui::Dummy(ImVec2(0, f));
        ImGui::PushFont(ui::fonts().title);
        const std::string who = format::participantLabel(s, m_turn.participant);
        ImGui::Text("%s%s", s.mode == format::SessionMode::Group ? "The room decides: " : "Next: ",
                    who.c_str());
        ImGui::PopFont();
        ImGui::PushFont(ui::fonts().large);
        ImGui::Text("Level %d of %zu: %s", m_turn.playlistIndex + 1, s.playlist.size(),
                    level ? level->title.c_str() : levelId().c_str());
        ImGui::PopFont();
        if (level) ImGui::TextWrapped("%s", level->summary.c_str());
        ImGui::TextWrapped("Pause at each new cue: %s", s.pauseOnCue ? "on" : "off");
        if (s.turnLimitS > 0) {
            const long limitS = static_cast<long>(s.turnLimitS + 0.5);
            ImGui::TextWrapped("This turn ends after %ld %s; needs still in progress then are "
                               "counted as unfinished.",
                               limitS % 60 == 0 ? limitS / 60 : limitS,
                               limitS % 60 == 0 ? "min" : "s");
        }
        ImGui::Dummy(ImVec2(0, f));
        // Three buttons in a row that always fit the window, at any text size.
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        const float width = std::min(f * 14.0f, (ImGui::GetContentRegionAvail().x - 2 * spacing) / 3);
        const ImVec2 button(width, f * 2.6f);
        if (ui::primaryButton("Start", button)) out.push_back({"start_turn"});
        ImGui::SameLine();
        if (ImGui::Button("Debrief now", button)) out.push_back({"debrief"});
        ImGui::SameLine();
        if (ImGui::Button("Save and leave", button)) out.push_back({"leave"});
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft),
                           "Saved after every run to %s", facilitator().path.c_str());
        ImGui::PopTextWrapPos();
    }

    void drawRunDone(const AppContext&, UiActions& out) const {
        const format::Session& s = facilitator().session;
        const float f = ImGui::GetFontSize();
        // A failed save shows its notice above; the heading must not claim otherwise.
        ui::heading(facilitator().saveFailed ? "Run kept (not saved yet)" : "Run saved");
        int unfinished = 0;
        for (const core::EpisodeScore& e : m_lastScore.episodes) unfinished += e.unfinished;
        if (unfinished > 0)
            ImGui::TextWrapped("The run ended with %d need%s still in progress; the debrief "
                               "counts %s as unfinished.",
                               unfinished, unfinished == 1 ? "" : "s",
                               unfinished == 1 ? "it" : "them");
        if (s.showLeaderboard) {
            ImGui::Text("Score %.0f", static_cast<double>(m_lastScore.score));
            ui::stars(m_lastScore.stars, f * 2.0f);
        } else {
            ImGui::TextWrapped("Scores stay private. The debrief shows the group's numbers.");
        }
        ImGui::Dummy(ImVec2(0, f));
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        const float width = std::min(f * 14.0f, (ImGui::GetContentRegionAvail().x - 2 * spacing) / 3);
        const ImVec2 button(width, f * 2.6f);
        const bool more = !format::nextTurn(s).done;
        if (more && ui::primaryButton("Next turn", button)) out.push_back({"next_turn"});
        if (more) ImGui::SameLine();
        if (more ? ImGui::Button("Debrief", button) : ui::primaryButton("Debrief", button))
            out.push_back({"debrief"});
        ImGui::SameLine();
        if (ImGui::Button("Replay this run", button)) out.push_back({"replay_last"});
    }

    static void drawPauseCard(UiActions& out) {
        const ImVec2 display = ImGui::GetIO().DisplaySize;
        ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.4f), ImGuiCond_Always,
                                ImVec2(0.5f, 0.5f));
        ImGui::Begin("session_pause", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                         ImGuiWindowFlags_NoSavedSettings);
        ui::heading("Paused");
        const ImVec2 button(ImGui::GetFontSize() * 14.0f, ImGui::GetFontSize() * 2.4f);
        if (ui::primaryButton("Resume", button)) out.push_back({"resume"});
        if (ImGui::Button("End this run and save it", button)) out.push_back({"end_run"});
        ImGui::End();
    }

    std::unique_ptr<PlaySession> m_session;
    std::unique_ptr<core::RunRecorder> m_recorder;
    std::optional<core::Policy> m_autoplay;  ///< --autoplay: a bot clicks for the player
    std::optional<core::Bot> m_bot;
    format::SessionTurn m_turn;
    Mode m_mode = Mode::TurnCard;
    std::unique_ptr<PadShortcuts> m_groups;  ///< the response groups, for the buttons' layout
    int m_group = 0;  ///< response group on show when they do not all fit
    DiscussMoment m_moment;
    double m_cardS = 0.0;  ///< game seconds the current card has been up (autoplay only)
    core::LevelScore m_lastScore;
    PlayLayout m_layout{};
    std::vector<std::string> m_keyLabels;
    std::vector<int> m_scancodes;
    int m_queued = -1;
    bool m_hasHand = false;
    core::HandSample m_hand;
    HandDrive m_handDrive;
    ScreenId m_next = ScreenId::Stay;
};

}  // namespace

std::unique_ptr<Screen> makeSessionPlayScreen() {
    return std::make_unique<SessionPlayScreen>();
}

}  // namespace app
