// The frame loop's pieces: fixed-step updates with an accumulator, screen switching between
// frames, the quit confirmation, and deterministic runs for tests and screenshots.
#include "app/game.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "app/play_session.h"
#include "app/screens.h"
#include "core/bots.h"
#include "format/paths.h"
#include "format/save_file.h"
#include "platform/clock.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace app {
namespace {

constexpr double kDtS = 1.0 / 60.0;
constexpr double kMaxFrameS = 0.25;
constexpr int kMaxStepsPerFrame = 8;

ScreenId screenFromName(const std::string& s, bool hasLevel) {
    if (s == "campaign") return ScreenId::Campaign;
    if (s == "library") return ScreenId::Library;
    if (s == "session") return ScreenId::SessionSetup;
    if (s == "debrief") return ScreenId::SessionDebrief;
    if (s == "replay") return ScreenId::SessionReplay;
    if (s == "turn") return ScreenId::SessionPlay;
    if (s == "settings") return ScreenId::Settings;
    if (s == "results") return ScreenId::Results;
    if (s == "play") return ScreenId::Play;
    if (s == "profile") return ScreenId::Profile;
    if (s == "intro") return ScreenId::Intro;
    if (s.empty() && hasLevel) return ScreenId::Intro;  // a person starting one level meets its card
    return ScreenId::Title;
}

}  // namespace

Game::Game(const AppOptions& options) : m_options(options) {}
Game::~Game() = default;

bool Game::start(std::string* error) {
    platform::WindowDef def;
    def.fullscreen = m_options.fullscreen;
    def.vsync = !m_options.isDeterministic();
    if (!m_window.open(def, error)) return false;
    if (!loadGameData(format::dataRoot(), &m_data, error)) return false;
    for (const std::string& p : m_data.problems) std::fprintf(stderr, "attune: %s\n", p.c_str());
    const std::string dataDir = m_options.dataDir.empty() ? format::defaultDataDir() : m_options.dataDir;
    m_profiles = std::make_unique<ProfileStore>(dataDir);
    m_ctx = std::make_unique<AppContext>(m_options, m_data, *m_profiles, m_sound);
    if (!m_options.levelPath.empty()) {  // a --level that cannot be played is an error, not level 1
        m_ctx->levelId = addLevelFile(m_options.levelPath, &m_data, error);
        if (m_ctx->levelId.empty()) return false;
    }
    m_ctx->notices = m_profiles->notices();
    m_profiles->notices().clear();
    // The store reopens the profile used last; with exactly one profile, use it anyway.
    if (!m_profiles->hasCurrent() && m_profiles->profiles().size() == 1) m_profiles->choose(0);
    m_ctx->windowWidthPx = m_window.widthPx();
    m_ctx->windowHeightPx = m_window.heightPx();
    if (m_profiles->settings().fullscreen && !m_options.isDeterministic()) m_window.setFullscreen(true);
    applyStyle();
    m_sound.setVolumes(m_profiles->settings().babyVolume, m_profiles->settings().interfaceVolume);
    prepareFirstScreen();
    m_lastWallS = platform::wallSeconds();
    return true;
}

void Game::prepareFirstScreen() {
    if (m_ctx->levelId.empty() && !m_data.order.empty()) m_ctx->levelId = m_data.order.front();
    const ScreenId first = screenFromName(m_options.screen, !m_options.levelPath.empty());
    if (first == ScreenId::Results && m_data.level(m_ctx->levelId)) {
        // The results of an autoplayed run of the level, played headless to the end.
        SessionDef def;
        def.levelId = m_ctx->levelId;
        def.autoplay = core::policyFromName(m_options.autoplay.empty() ? "sensitive" : m_options.autoplay);
        PlaySession session(m_data.catalog, *m_data.level(m_ctx->levelId), def);
        session.runToEnd();
        m_ctx->lastRun = session.record();
    }
    switchTo(first);
}

double Game::frameSeconds() {
    const double now = platform::wallSeconds();
    const double frame = now - m_lastWallS;
    m_lastWallS = now;
    // Deterministic runs advance exactly one step per frame, whatever the wall clock says.
    if (m_options.isDeterministic()) return kDtS;
    return std::min(frame, kMaxFrameS);
}

void Game::pollInput() {
    m_input = m_window.poll();
    if (m_pointer.active) {  // a scripted mouse (--inject mouse/down/up) replaces the real one
        m_input.mouseXPx = m_pointer.xPx;
        m_input.mouseYPx = m_pointer.yPx;
        m_input.mouseDxPx = m_input.mouseDyPx = 0.0f;
        m_input.mouseDown = m_pointer.down;
    }
    if (m_input.quitRequested) {
        if (m_ctx->quitRequested) m_quitNow = true;  // closing twice means it
        m_ctx->quitRequested = true;
    }
    if (m_input.wasPressed(platform::Key::F11)) {
        m_profiles->edit().settings.fullscreen = !m_profiles->settings().fullscreen;
        m_ctx->fullscreenDirty = true;
    }
}

void Game::fixedUpdates() {
    // Quit in "Leave Attune?" was clicked while drawing: read it before the steps clear the list.
    for (const UiAction& a : m_actions)
        if (a.verb == "quit_yes") m_quitNow = true;
    m_accumulatorS += frameSeconds();
    int steps = 0;
    const int stepsThisFrame = std::clamp(static_cast<int>((m_accumulatorS + 1e-9) / kDtS), 1, kMaxStepsPerFrame);
    while (m_accumulatorS >= kDtS - 1e-9 && steps < kMaxStepsPerFrame) {
        applyInjections();
        const ScreenInput in{m_actions, m_input, {steps, stepsThisFrame}};
        if (!m_ctx->quitRequested || m_options.isDeterministic()) m_screen->update(*m_ctx, in, kDtS);
        m_actions.clear();
        m_input.consumePresses();  // one press, one step
        m_accumulatorS -= kDtS;
        m_ctx->clockS += kDtS;
        ++steps;
        if (m_screen->next() != ScreenId::Stay) break;
    }
    if (steps == kMaxStepsPerFrame) m_accumulatorS = 0.0;  // too slow: drop time, never spiral
    if (m_options.quitAfterS >= 0 && m_ctx->clockS >= m_options.quitAfterS - 1e-9) m_quitNow = true;
}

void Game::applyInjections() {
    using Kind = Injection::Kind;
    static constexpr const char* kPadNames[] = {"a", "b", "x", "y", "up", "right", "down", "left", "lb", "rb", "back"};
    if (m_injectedPad) m_input.padConnected = true;
    for (; m_nextInjection < m_options.inject.size(); ++m_nextInjection) {
        const Injection& j = m_options.inject[m_nextInjection];
        if (j.tS > m_ctx->clockS + 1e-9) break;
        if (j.kind == Kind::Action) m_actions.push_back({j.name, "", j.index});
        else if (j.kind == Kind::Mouse || j.kind == Kind::MouseDown || j.kind == Kind::MouseUp) injectPointer(j);
        else if (j.kind == Kind::Key) {
            const platform::Key k = j.name == "escape" ? platform::Key::Escape
                                    : j.name == "space" ? platform::Key::Space
                                    : j.name == "enter" ? platform::Key::Enter : platform::Key::Tab;
            m_input.pressed[static_cast<int>(k)] = true;
        } else {
            m_injectedPad = true;
            m_input.padConnected = true;
            if (j.name == "start") m_input.padStart = true;
            for (int b = 0; b < static_cast<int>(platform::Pad::Count); ++b)
                if (j.name == kPadNames[b]) m_input.padPressed[b] = true;
        }
    }
}

void Game::injectPointer(const Injection& j) {
    if (!m_pointer.active) {
        m_pointer.xPx = m_input.mouseXPx;
        m_pointer.yPx = m_input.mouseYPx;
    }
    m_pointer.active = true;
    if (j.kind == Injection::Kind::Mouse) {
        m_input.mouseDxPx += j.xPx - m_pointer.xPx;
        m_input.mouseDyPx += j.yPx - m_pointer.yPx;
        m_pointer.xPx = j.xPx;
        m_pointer.yPx = j.yPx;
    } else {
        m_pointer.down = j.kind == Injection::Kind::MouseDown;
    }
    m_input.mouseXPx = m_pointer.xPx;
    m_input.mouseYPx = m_pointer.yPx;
    m_input.mouseDown = m_pointer.down;
}

void Game::betweenFrames() {
    if (m_screen->next() != ScreenId::Stay) switchTo(m_screen->next());
    if (m_ctx->styleDirty) applyStyle();
    if (m_ctx->fullscreenDirty) {
        m_window.setFullscreen(m_profiles->settings().fullscreen);
        m_ctx->fullscreenDirty = false;
        m_profiles->save();
    }
    m_ctx->windowWidthPx = m_window.widthPx();
    m_ctx->windowHeightPx = m_window.heightPx();
    // Profile save problems are shown when they happen, and a failed save keeps being retried.
    m_profiles->retryFailedSave();
    for (std::string& n : m_profiles->notices()) m_ctx->notices.push_back(std::move(n));
    m_profiles->notices().clear();
}

void Game::drawUi() {
    const float pointerPx[2] = {m_pointer.xPx, m_pointer.yPx};
    m_window.beginFrame(static_cast<float>(kDtS), m_options.isDeterministic(),
                        m_pointer.active ? pointerPx : nullptr, m_pointer.down);
    m_screen->draw(*m_ctx, m_actions);
    if (m_ctx->quitRequested) drawQuitConfirm();
    m_window.endFrame();
}

void Game::present() {
    const bool last = m_quitNow;
    std::string error;
    if (!m_window.present(last ? m_options.screenshotPath : "", &error))
        std::fprintf(stderr, "attune: screenshot failed: %s\n", error.c_str());
    if (m_startupMs < 0) {
        m_startupMs = platform::wallSeconds() * 1000.0;
        m_sound.start();  // after the first frame: opening a device can take a while
    }
    if (last) {
        m_screen->exit(*m_ctx);  // e.g. the play screen writes --run-json
        m_running = false;
    }
}

void Game::switchTo(ScreenId id) {
    if (m_screen) m_screen->exit(*m_ctx);
    if (id != ScreenId::Settings && id != ScreenId::Library) m_backFromSide = id;
    m_screenId = id;
    m_screen = makeScreen(id, m_backFromSide);
    m_screen->enter(*m_ctx);
    m_actions.clear();
}

void Game::applyStyle() {
    const format::Settings& s = m_profiles->settings();
    const float windowScale = std::clamp(static_cast<float>(m_window.heightPx()) / 800.0f, 1.0f, 1.6f);
    const float uiScale = m_options.uiScale > 0 ? m_options.uiScale : s.uiScale;
    const float scale = uiScale * windowScale * (s.highContrast ? 1.2f : 1.0f);
    ui::applyTheme({s.colourBlindSafe, s.highContrast, scale});
    if (scale != m_appliedScale) {
        ui::buildFonts(scale);
        m_window.reloadFontTexture();
        m_appliedScale = scale;
    }
    m_ctx->styleDirty = false;
}

void Game::drawQuitConfirm() {
    ImGui::OpenPopup("Leave Attune?");
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Leave Attune?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted("Your progress is saved. See you soon.");
    const float f = ImGui::GetFontSize();
    if (ImGui::Button("Stay", ImVec2(f * 8, f * 2.2f))) {
        m_ctx->quitRequested = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SetItemDefaultFocus();
    ImGui::SameLine();
    if (ui::primaryButton("Quit", ImVec2(f * 8, f * 2.2f))) m_actions.push_back({"quit_yes"});
    ImGui::EndPopup();
}

}  // namespace app
