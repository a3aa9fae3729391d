// The SDL2 window with an OpenGL 3 context and Dear ImGui's SDL2 + OpenGL3 backends.
#pragma once

#include <string>

#include "platform/input.h"

struct SDL_Window;
typedef struct _SDL_GameController SDL_GameController;

namespace platform {

/// What window to open.
struct WindowDef {
    std::string title = "Attune";
    int widthPx = 1280;   ///< at least 1280
    int heightPx = 720;   ///< at least 720
    bool fullscreen = false;
    bool vsync = true;    ///< off for deterministic and benchmark runs (no waiting on the display)
};

/// Owns SDL video, the GL context and the ImGui context.
class Window {
public:
    Window() = default;
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    /// Opens the window and starts ImGui; false with *error set on failure.
    bool open(const WindowDef& def, std::string* error);
    /// Feeds events to ImGui first, then returns what is left as plain input.
    InputFrame poll();
    /// Starts an ImGui frame; dtS is the fixed step (deterministic), parkMouse hides the pointer,
    /// pointerPx (x, y) with pointerDown stands in for the real mouse (scripted input).
    void beginFrame(float dtS, bool parkMouse, const float* pointerPx = nullptr, bool pointerDown = false);
    /// Builds ImGui's draw data (CPU side). Call before present().
    void endFrame();
    /// Draws ImGui's draw data with GL; writes the back buffer to pngPath first if it is not empty.
    bool present(const std::string& pngPath, std::string* error);
    /// Changes the title bar text (the editor shows the file name and an unsaved marker).
    void setTitle(const std::string& title);
    /// Switches between fullscreen desktop and a window.
    void setFullscreen(bool on);
    /// Re-uploads ImGui's font atlas after it was rebuilt (between frames).
    void reloadFontTexture();
    /// Window size in pixels.
    int widthPx() const;
    int heightPx() const;

private:
    void pollGamepad(InputFrame& in);
    SDL_Window* m_window = nullptr;
    void* m_gl = nullptr;
    SDL_GameController* m_pad = nullptr;
    bool m_imgui = false;
    bool m_prevDown[static_cast<int>(Key::Count)] = {};
    bool m_prevStart = false;
    bool m_prevPad[static_cast<int>(Pad::Count)] = {};
    float m_lastMouseX = 0.0f, m_lastMouseY = 0.0f;
};

}  // namespace platform
