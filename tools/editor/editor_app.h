// The editor application: the window, the frame loop, the live checks, autosave, shortcuts and
// the dialogs that guard against losing work.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "editor/bot_check.h"
#include "editor/editor_context.h"
#include "editor/editor_options.h"
#include "editor/recovery.h"
#include "platform/window.h"

namespace editor {

/// Owns the window and the editor state; main() calls its frame steps in order.
class EditorApp {
public:
    explicit EditorApp(const EditorOptions& options);
    ~EditorApp();
    /// Opens the window, loads the catalog and the level; false with *error set on failure.
    bool start(std::string* error);
    /// False once the editor should close.
    bool isRunning() const { return m_running; }
    /// Window events (ImGui first), close requests.
    void pollInput();
    /// Checks on a debounce, bot ranking in the background, play-test steps, autosave, requests.
    void fixedUpdates();
    /// Builds every panel and dialog.
    void drawUi();
    /// Renders; writes the screenshot on the last frame.
    void present();
    /// 0, or 1 if the screenshot could not be written.
    int exitCode() const { return m_exitCode; }

private:
    enum class Pending { None, New, Open, Quit };
    void advanceClock();
    void runChecks();
    void scheduleBots();
    void autosave();
    void handleRequests();
    void guarded(Pending action, const std::string& path);
    void doPending();
    void handleShortcuts();
    void drawDialogs();
    void drawUnsavedDialog();
    void drawSaveAsDialog();
    void drawOpenDialog();
    void drawRecoveryDialog();
    void updateTitle();
    bool isDeterministic() const { return m_ctx.options.isDeterministic(); }

    platform::Window m_window;
    EditorContext m_ctx;
    BotCheck m_bots;
    std::unique_ptr<Recovery> m_recovery;
    Pending m_pending = Pending::None;
    std::string m_pendingPath;
    bool m_running = true, m_quitNow = false;
    int m_exitCode = 0;
    double m_lastWallS = 0.0;
    std::uint64_t m_checkedRevision = 0, m_seenRevision = 0, m_autosavedRevision = 0;
    double m_changedAtS = 0.0, m_autosavedAtS = 0.0;
    bool m_offerRecovery = false, m_showSaveAs = false, m_showOpen = false;
    std::string m_saveAsPath, m_title, m_recoveryFor;
};

/// Seconds the level must stay unchanged before the attune-check pass reruns.
inline constexpr double kCheckDebounceS = 0.3;
/// Seconds unchanged before the bots replay the level.
inline constexpr double kBotDebounceS = 1.5;
/// Seconds between autosaves of unsaved work.
inline constexpr double kAutosaveEveryS = 20.0;

}  // namespace editor
