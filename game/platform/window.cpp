// SDL2 window, GL 3 context, ImGui backends, and the edge where SDL events become plain input.
#include "platform/window.h"

#include <SDL.h>
#include <SDL_opengl.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <cstring>

#include "platform/screenshot.h"

namespace platform {
namespace {

constexpr SDL_Scancode kScancodes[] = {SDL_SCANCODE_ESCAPE, SDL_SCANCODE_RETURN, SDL_SCANCODE_SPACE,
                                       SDL_SCANCODE_UP,     SDL_SCANCODE_DOWN,   SDL_SCANCODE_LEFT,
                                       SDL_SCANCODE_RIGHT,  SDL_SCANCODE_TAB,    SDL_SCANCODE_F11,
                                       SDL_SCANCODE_F12};
static_assert(sizeof(kScancodes) / sizeof(kScancodes[0]) == static_cast<int>(Key::Count));

void warnIfHeadless() {
    const char* driver = SDL_GetCurrentVideoDriver();
    if (driver && (std::strcmp(driver, "offscreen") == 0 || std::strcmp(driver, "dummy") == 0))
        std::fprintf(stderr, "attune: warning: video driver is '%s' (no visible window)\n", driver);
}

float deadZone(Sint16 raw) {
    const float v = static_cast<float>(raw) / 32767.0f;
    return std::fabs(v) < 0.2f ? 0.0f : std::fmax(-1.0f, std::fmin(1.0f, v));
}

}  // namespace

int scancodeOf(Key k) { return kScancodes[static_cast<int>(k)]; }

int scancodeForLabel(const char* label) {
    if (!label || !*label) return -1;
    const SDL_Scancode sc = SDL_GetScancodeFromName(label);
    return sc == SDL_SCANCODE_UNKNOWN ? -1 : static_cast<int>(sc);
}

Window::~Window() {
    if (m_imgui) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
    }
    if (m_pad) SDL_GameControllerClose(m_pad);
    if (m_gl) SDL_GL_DeleteContext(m_gl);
    if (m_window) SDL_DestroyWindow(m_window);
    SDL_QuitSubSystem(SDL_INIT_VIDEO | SDL_INIT_GAMECONTROLLER);
}

bool Window::open(const WindowDef& def, std::string* error) {
    if (SDL_InitSubSystem(SDL_INIT_VIDEO | SDL_INIT_GAMECONTROLLER) != 0) {
        if (error) *error = std::string("cannot start SDL video: ") + SDL_GetError();
        return false;
    }
    warnIfHeadless();
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (def.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    m_window = SDL_CreateWindow(def.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                def.widthPx, def.heightPx, flags);
    if (!m_window) {
        if (error) *error = std::string("cannot open a window: ") + SDL_GetError();
        return false;
    }
    m_gl = SDL_GL_CreateContext(m_window);
    if (!m_gl) {
        if (error) *error = std::string("cannot create an OpenGL 3.3 context: ") + SDL_GetError();
        return false;
    }
    SDL_GL_MakeCurrent(m_window, m_gl);
    SDL_GL_SetSwapInterval(def.vsync ? 1 : 0);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavEnableGamepad;
    ImGui_ImplSDL2_InitForOpenGL(m_window, m_gl);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    m_imgui = true;
    return true;
}

InputFrame Window::poll() {
    InputFrame in;
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        ImGui_ImplSDL2_ProcessEvent(&e);
        if (e.type == SDL_QUIT) in.quitRequested = true;
        if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE) in.quitRequested = true;
        if (e.type == SDL_CONTROLLERDEVICEADDED && !m_pad) m_pad = SDL_GameControllerOpen(e.cdevice.which);
        if (e.type == SDL_CONTROLLERDEVICEREMOVED && m_pad &&
            SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(m_pad)) == e.cdevice.which) {
            SDL_GameControllerClose(m_pad);
            m_pad = nullptr;
        }
    }
    const Uint8* keys = SDL_GetKeyboardState(nullptr);
    for (int k = 0; k < static_cast<int>(Key::Count); ++k) {
        in.down[k] = keys[kScancodes[k]] != 0;
        in.pressed[k] = in.down[k] && !m_prevDown[k];
        m_prevDown[k] = in.down[k];
    }
    int mx = 0, my = 0;
    const Uint32 buttons = SDL_GetMouseState(&mx, &my);
    in.mouseDown = (buttons & SDL_BUTTON(SDL_BUTTON_LEFT)) != 0;
    in.mouseXPx = static_cast<float>(mx);
    in.mouseYPx = static_cast<float>(my);
    in.mouseDxPx = in.mouseXPx - m_lastMouseX;
    in.mouseDyPx = in.mouseYPx - m_lastMouseY;
    m_lastMouseX = in.mouseXPx;
    m_lastMouseY = in.mouseYPx;
    pollGamepad(in);
    return in;
}

void Window::pollGamepad(InputFrame& in) {
    if (!m_pad) return;
    in.stickX = deadZone(SDL_GameControllerGetAxis(m_pad, SDL_CONTROLLER_AXIS_LEFTX));
    in.stickY = -deadZone(SDL_GameControllerGetAxis(m_pad, SDL_CONTROLLER_AXIS_LEFTY));
    const bool start = SDL_GameControllerGetButton(m_pad, SDL_CONTROLLER_BUTTON_START) != 0;
    in.padStart = start && !m_prevStart;
    m_prevStart = start;
    in.padConnected = true;
    static constexpr SDL_GameControllerButton kButtons[static_cast<int>(Pad::Count)] = {
        SDL_CONTROLLER_BUTTON_A,         SDL_CONTROLLER_BUTTON_B,         SDL_CONTROLLER_BUTTON_X,
        SDL_CONTROLLER_BUTTON_Y,         SDL_CONTROLLER_BUTTON_DPAD_UP,   SDL_CONTROLLER_BUTTON_DPAD_RIGHT,
        SDL_CONTROLLER_BUTTON_DPAD_DOWN, SDL_CONTROLLER_BUTTON_DPAD_LEFT, SDL_CONTROLLER_BUTTON_LEFTSHOULDER,
        SDL_CONTROLLER_BUTTON_RIGHTSHOULDER, SDL_CONTROLLER_BUTTON_BACK};
    for (int b = 0; b < static_cast<int>(Pad::Count); ++b) {
        const bool down = SDL_GameControllerGetButton(m_pad, kButtons[b]) != 0;
        in.padPressed[b] = down && !m_prevPad[b];
        m_prevPad[b] = down;
    }
}

void Window::beginFrame(float dtS, bool parkMouse, const float* pointerPx, bool pointerDown) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = dtS;  // after the backend, which measures wall time: keeps runs deterministic
    if (parkMouse) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    if (pointerPx) {  // a scripted mouse (--inject) replaces the real one
        io.MousePos = ImVec2(pointerPx[0], pointerPx[1]);
        io.MouseDown[0] = pointerDown;
    }
    ImGui::NewFrame();
}

void Window::endFrame() { ImGui::Render(); }

void Window::setTitle(const std::string& title) {
    if (m_window) SDL_SetWindowTitle(m_window, title.c_str());
}

bool Window::present(const std::string& pngPath, std::string* error) {
    const ImGuiIO& io = ImGui::GetIO();
    const int w = static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x);
    const int h = static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y);
    glViewport(0, 0, w, h);
    glClearColor(0.12f, 0.11f, 0.10f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    bool ok = true;
    if (!pngPath.empty()) ok = writeBackBufferPng(pngPath, w, h, error);
    SDL_GL_SwapWindow(m_window);
    return ok;
}

void Window::setFullscreen(bool on) {
    SDL_SetWindowFullscreen(m_window, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
}

void Window::reloadFontTexture() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

int Window::widthPx() const {
    int w = 0, h = 0;
    SDL_GetWindowSize(m_window, &w, &h);
    return w;
}

int Window::heightPx() const {
    int w = 0, h = 0;
    SDL_GetWindowSize(m_window, &w, &h);
    return h;
}

}  // namespace platform
