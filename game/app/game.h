// The game: window, content, profiles, sound and the current screen, stepped by a fixed clock.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app/app_context.h"
#include "app/screen.h"
#include "platform/window.h"

namespace app {

/// Owns everything that lives for the whole run. main() drives it one frame at a time.
class Game {
public:
    explicit Game(const AppOptions& options);
    ~Game();
    /// Opens the window, loads content and profiles, and shows the first screen.
    bool start(std::string* error);
    /// True until the player quits (or --quit-after is reached).
    bool isRunning() const { return m_running; }
    /// Polls the window; input goes to ImGui first.
    void pollInput();
    /// Runs the fixed steps this frame's time allows (dt 1/60 s, frame time clamped, step cap).
    void fixedUpdates();
    /// Applies changes that must happen between frames (screen switch, fonts, fullscreen).
    void betweenFrames();
    /// Builds the UI of the current screen (and the quit confirmation).
    void drawUi();
    /// Renders and swaps; writes the screenshot on the last frame.
    void present();
    /// --bench-frames: measures frame and demo-window cost, prints JSON. Returns the exit code.
    int bench(int frames);

private:
    void switchTo(ScreenId id);
    void applyStyle();
    void drawQuitConfirm();
    void prepareFirstScreen();
    double frameSeconds();
    void applyInjections();
    void injectPointer(const Injection& j);

    AppOptions m_options;
    platform::Window m_window;
    GameData m_data;
    std::unique_ptr<ProfileStore> m_profiles;
    Sound m_sound;
    std::unique_ptr<AppContext> m_ctx;
    std::unique_ptr<Screen> m_screen;
    ScreenId m_screenId = ScreenId::Title;
    ScreenId m_backFromSide = ScreenId::Title;  ///< where Settings / Library return to
    platform::InputFrame m_input;
    UiActions m_actions;
    double m_accumulatorS = 0.0;
    double m_lastWallS = 0.0;
    double m_startupMs = -1.0;
    bool m_running = true;
    bool m_quitNow = false;
    float m_appliedScale = 0.0f;
    std::size_t m_nextInjection = 0;  ///< next --inject item to apply
    bool m_injectedPad = false;       ///< an injected pad press makes the pad count as connected
    struct {
        bool active = false;  ///< once a mouse item is injected, it replaces the real mouse
        float xPx = 0.0f, yPx = 0.0f;
        bool down = false;
    } m_pointer;                      ///< the scripted mouse of --inject
};

}  // namespace app
