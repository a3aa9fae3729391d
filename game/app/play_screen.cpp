// Play: steps the level, turns input into responses and hand samples, and shows the baby.
#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "app/campaign_progress.h"
#include "app/hand_drive.h"
#include "app/play_panels.h"
#include "app/response_focus.h"
#include "app/screens.h"
#include "core/bots.h"
#include "format/atomic_write.h"
#include "format/sim_report.h"

namespace app {
namespace {

enum class Mode { Running, Paused, Settings, SafetyCard };

class PlayScreen : public Screen {
public:
    void enter(AppContext& ctx) override {
        const core::LevelDef* level = ctx.data.level(ctx.levelId);
        if (!level) {
            m_next = ScreenId::Campaign;
            return;
        }
        SessionDef def;
        def.levelId = ctx.levelId;
        def.relaxed = ctx.settings().relaxed;
        if (!ctx.options.autoplay.empty()) def.autoplay = core::policyFromName(ctx.options.autoplay);
        m_session = std::make_unique<PlaySession>(ctx.data.catalog, *level, def);
        m_hints = hintLevelFor(ctx.data.positionOf(ctx.levelId), ctx.settings().needHints);
        m_focus = focusResponses(ctx.data.catalog, *level, ctx.data.positionOf(ctx.levelId));
        m_showAll = false;
        m_pad = std::make_unique<PadShortcuts>(ctx.data.catalog.responses);
        m_group = m_pad->groups().empty() ? 0 : m_pad->groups().front();
        m_headSupported = true;
        m_handDrive.reset();
        m_cotNoticeUntilS = -1.0;
        m_wasHeld = false;
        m_laidDownAtS = -1e9;
        mapKeys(ctx);
        ctx.sound.setMuted(false);
    }

    void update(AppContext& ctx, const ScreenInput& in, double dtS) override {
        if (!m_session) return;
        m_padConnected = in.input.padConnected;
        for (const UiAction& a : in.actions) handle(ctx, a);
        if (m_mode == Mode::Settings) {
            if (in.input.wasPressed(platform::Key::Escape) || in.input.padStart) {
                if (m_settings.remapping()) m_settings.cancelRemap();
                else m_mode = Mode::Paused;
            }
            return;
        }
        if (in.input.wasPressed(platform::Key::Escape) || in.input.padStart) togglePause(ctx);
        if (m_mode != Mode::Running || m_next != ScreenId::Stay) return;
        padAndHeadInput(in.input);
        m_layout = playLayout(static_cast<float>(ctx.windowWidthPx), static_cast<float>(ctx.windowHeightPx),
                              ImGui::GetFontSize());
        driveHand(in.input, in.step, dtS);
        noteLayDown();
        noticeDragInCot(in.input);
        setNavWhileHandling();
        m_session->step();
        playSounds(ctx);
        if (m_session->isStoppedForSafety()) m_mode = Mode::SafetyCard;
        if (m_session->isOver()) finish(ctx);
    }

    void draw(const AppContext& ctx, UiActions& out) const override {
        if (!m_session) return;
        const PlayLayout layout = playLayout(ImGui::GetIO().DisplaySize.x, ImGui::GetIO().DisplaySize.y,
                                             ImGui::GetFontSize());
        PlayView v{*m_session, layout, m_keyLabels, m_scancodes, m_hints, ctx.settings().captions,
                   m_mode == Mode::Running, m_pad.get(), m_group, m_padConnected, m_headSupported,
                   m_session->sim().timeS() < m_cotNoticeUntilS, &m_focus, m_showAll,
                   hintDelayFor(ctx.data.positionOf(ctx.levelId)), layDownFade()};
        if (m_mode == Mode::Settings) {
            drawPauseSettings(ctx, m_settings, out);
            return;
        }
        drawScenePanel(ctx, v);
        drawTopBar(ctx, v, out);
        drawHints(ctx, v);
        drawCaptions(v);
        drawHandlingHelp(ctx, v);
        drawResponses(ctx, v, out);
        drawCoach(ctx, v);
        if (m_mode == Mode::Paused) drawPause(ctx, out);
        if (m_mode == Mode::SafetyCard) drawSafetyCard(ctx, *m_session, out);
    }

    void exit(AppContext& ctx) override {
        writeRunJson(ctx);
        ctx.sound.setVoice(core::Voice::None, 0.0f);
        ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavEnableGamepad;
    }

    ScreenId next() const override { return m_next; }

private:
    void handle(AppContext& ctx, const UiAction& a) {
        if (m_mode == Mode::Settings) {
            if (a.verb == "close_settings") m_mode = Mode::Paused;
            else if (m_settings.apply(ctx, a)) {
                mapKeys(ctx);
                m_hints = hintLevelFor(ctx.data.positionOf(ctx.levelId), ctx.settings().needHints);
            }
            return;
        }
        if (a.verb == "respond" && m_mode == Mode::Running) m_session->queueResponse(a.index);
        else if (a.verb == "pick_group") m_group = a.index;
        else if (a.verb == "more_responses") m_showAll = true;
        else if (a.verb == "open_settings" && m_mode == Mode::Paused) m_mode = Mode::Settings;
        else if (a.verb == "pause" || a.verb == "resume") togglePause(ctx);
        else if (a.verb == "restart") {
            exit(ctx);
            enter(ctx);
            m_mode = Mode::Running;
        } else if (a.verb == "leave") m_next = ScreenId::Campaign;
        else if (a.verb == "set_captions" || a.verb == "set_hints") setFromPause(ctx, a);
        else if (a.verb == "quit") ctx.quitRequested = true;
        else if (a.verb == "safety_continue") {
            m_session->resumeAfterSafety();
            m_mode = Mode::Running;
        } else if (a.verb == "safety_end") finish(ctx);
    }

    void setFromPause(AppContext& ctx, const UiAction& a) {
        format::Settings& s = ctx.profiles.edit().settings;
        if (a.verb == "set_captions") s.captions = a.index == 1;
        if (a.verb == "set_hints") {
            s.needHints = a.index == 1;
            m_hints = hintLevelFor(ctx.data.positionOf(ctx.levelId), s.needHints);
        }
        ctx.profiles.save();
    }

    void togglePause(AppContext& ctx) {
        if (m_mode == Mode::SafetyCard) return;
        m_mode = m_mode == Mode::Paused ? Mode::Running : Mode::Paused;
        ctx.sound.setMuted(m_mode == Mode::Paused);
        // The pause menu is navigated with the gamepad too.
        if (m_mode == Mode::Paused) ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavEnableGamepad;
    }

    void mapKeys(const AppContext& ctx) {
        const auto& responses = ctx.data.catalog.responses;
        m_keyLabels.assign(responses.size(), "");
        m_scancodes.assign(responses.size(), -1);
        for (std::size_t r = 0; r < responses.size(); ++r) {
            auto remapped = ctx.settings().keys.find(responses[r].id);
            std::string key = remapped != ctx.settings().keys.end() ? remapped->second : responses[r].key;
            for (char& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            m_keyLabels[r] = key;
            m_scancodes[r] = platform::scancodeForLabel(key.c_str());
        }
    }

    /// Gamepad: LB / RB choose the group, A B X Y and the D-pad respond, Back (or Space on the
    /// keyboard) lets go of the baby's head or supports it again while the baby is held.
    void padAndHeadInput(const platform::InputFrame& in) {
        if (in.wasPressed(platform::Pad::LeftShoulder)) m_group = m_pad->cycle(m_group, -1);
        if (in.wasPressed(platform::Pad::RightShoulder)) m_group = m_pad->cycle(m_group, +1);
        for (int slot = 0; slot < PadShortcuts::kSlots; ++slot) {
            if (!in.wasPressed(PadShortcuts::buttonOfSlot(slot))) continue;
            const int r = m_pad->responseAt(m_group, slot);
            if (r >= 0 && m_session->sim().canRespond(r) && !m_session->isAutoplay()) m_session->queueResponse(r);
        }
        if (handling() && (in.wasPressed(platform::Key::Space) || in.wasPressed(platform::Pad::Back)))
            m_headSupported = !m_headSupported;
        if (!handling()) m_headSupported = true;
    }

    bool handling() const {
        const core::Observation& obs = m_session->sim().observe();
        const auto& responses = m_session->sim().index().catalog().responses;
        return obs.busyResponse >= 0 &&
               responses[static_cast<std::size_t>(obs.busyResponse)].gesture != core::Gesture::None;
    }

    /// Mouse drag, arrow keys, the stick or the response's key held move the hand while a hold,
    /// rock or walk runs; while any of them holds on, the response lasts.
    void driveHand(const platform::InputFrame& in, StepOfFrame sf, double dtS) {
        if (!handling()) {
            m_handDrive.reset();
            return;
        }
        const int busy = m_session->sim().observe().busyResponse;
        const int code = m_scancodes[static_cast<std::size_t>(busy)];
        const bool keyHeld = code >= 0 && ImGui::GetCurrentContext() && ImGui::IsKeyDown(code);
        core::HandSample hand;
        if (m_handDrive.step(in, sf, m_layout, keyHeld, m_headSupported, static_cast<float>(dtS), &hand))
            m_session->setHand(hand);
    }

    /// When the baby goes from arms back to the cot, the scene eases over kLayDownS.
    void noteLayDown() {
        const bool held = m_session->sim().observe().held;
        if (m_wasHeld && !held) m_laidDownAtS = m_session->sim().timeS();
        m_wasHeld = held;
    }

    float layDownFade() const {
        const double sinceS = m_session->sim().timeS() - m_laidDownAtS;
        return sinceS < 0.0 || sinceS >= kLayDownS ? 0.0f : static_cast<float>(1.0 - sinceS / kLayDownS);
    }

    /// A press on the baby while it lies in the cot does nothing by itself: say what would.
    void noticeDragInCot(const platform::InputFrame& in) {
        const bool press = in.mouseDown && !m_mouseWasDown;
        m_mouseWasDown = in.mouseDown;
        if (press && !handling() && inScene(m_layout, in.mouseXPx, in.mouseYPx))
            m_cotNoticeUntilS = m_session->sim().timeS() + 5.0;
    }

    /// While the hands rock or walk, arrows and the stick move the baby, not the button focus; while
    /// a gamepad's buttons are response shortcuts, they do not also press the focused button.
    void setNavWhileHandling() {
        ImGuiIO& io = ImGui::GetIO();
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavEnableGamepad;
        if (handling()) io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
        if (handling() || m_padConnected) io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableGamepad;
    }

    void playSounds(AppContext& ctx) {
        const core::Observation& obs = m_session->sim().observe();
        ctx.sound.setVoice(obs.look.voice, obs.look.voiceIntensity);
        for (const core::Event& e : m_session->lastEvents())
            if (e.type == core::EventType::ResponseStarted && e.response >= 0)
                ctx.sound.response(ctx.data.catalog.responses[static_cast<std::size_t>(e.response)].id);
    }

    /// --run-json: the run so far as attune-sim --json writes it (one run), for tests and scripts.
    void writeRunJson(const AppContext& ctx) const {
        if (ctx.options.runJsonPath.empty() || !m_session) return;
        format::SimReport report;
        report.level = ctx.levelId;
        report.policy = ctx.options.autoplay.empty() ? "player" : ctx.options.autoplay;
        report.seed = 1;
        report.relaxed = ctx.settings().relaxed;
        const core::LevelScore score = m_session->sim().score();
        report.meanScore = score.score;
        report.runs.push_back(score);
        report.runSeeds.push_back(1);
        report.runCuesSeen.push_back(m_session->cuesSeen());
        std::string error;
        if (!format::writeFileAtomic(ctx.options.runJsonPath, format::simReportJson(report), &error))
            std::fprintf(stderr, "attune: --run-json: %s\n", error.c_str());
    }

    void finish(AppContext& ctx) {
        RunRecord record = m_session->record();
        record.stoppedForSafety = record.stoppedForSafety || m_mode == Mode::SafetyCard;
        if (m_session->isOver() || m_mode == Mode::SafetyCard) {
            recordResult(ctx.profiles.edit(), ctx.data.order, ctx.levelId, record.score.score, record.score.stars);
            ctx.profiles.save();
        }
        ctx.lastRun = std::move(record);
        writeRunJson(ctx);
        m_next = ScreenId::Results;
    }

    std::unique_ptr<PlaySession> m_session;
    std::unique_ptr<PadShortcuts> m_pad;
    SettingsPanel m_settings;
    int m_group = 0;
    bool m_padConnected = false, m_headSupported = true;
    Mode m_mode = Mode::Running;
    HintLevel m_hints = HintLevel::Bars;
    PlayLayout m_layout{};
    std::vector<std::string> m_keyLabels;
    std::vector<int> m_scancodes;
    std::vector<bool> m_focus;  ///< per response: shown before "More responses"
    bool m_showAll = false;
    static constexpr double kLayDownS = 0.6;
    bool m_wasHeld = false;
    double m_laidDownAtS = -1e9;
    HandDrive m_handDrive;
    bool m_mouseWasDown = false;
    double m_cotNoticeUntilS = -1.0;  ///< sim time until which "pick up first" shows
    ScreenId m_next = ScreenId::Stay;
};

}  // namespace

std::unique_ptr<Screen> makePlayScreen() { return std::make_unique<PlayScreen>(); }

}  // namespace app
