// Input as plain data: what the player did this frame, with no SDL types. The platform fills it.
#pragma once

namespace platform {

/// Named keys the game uses outside response shortcuts.
enum class Key { Escape, Enter, Space, Up, Down, Left, Right, Tab, F11, F12, Count };

/// Gamepad buttons the game reads (SDL GameController layout: A bottom, B right, X left, Y top).
enum class Pad { A, B, X, Y, Up, Right, Down, Left, LeftShoulder, RightShoulder, Back, Count };

/// One frame of input after ImGui has seen the events.
struct InputFrame {
    bool quitRequested = false;          ///< window closed
    bool pressed[static_cast<int>(Key::Count)] = {};  ///< went down this frame
    bool down[static_cast<int>(Key::Count)] = {};     ///< held now
    bool padStart = false;               ///< gamepad Start / Menu went down (pause)
    bool padConnected = false;           ///< a gamepad is open
    bool padPressed[static_cast<int>(Pad::Count)] = {};  ///< gamepad button went down this frame
    float stickX = 0.0f;                 ///< gamepad left stick, -1..1 (dead zone applied)
    float stickY = 0.0f;                 ///< gamepad left stick, -1..1, +1 = up
    bool mouseDown = false;              ///< left button held
    float mouseXPx = 0.0f, mouseYPx = 0.0f;
    float mouseDxPx = 0.0f, mouseDyPx = 0.0f;  ///< motion this frame

    /// True if the key went down this frame.
    bool wasPressed(Key k) const { return pressed[static_cast<int>(k)]; }
    /// True while the key is held.
    bool isDown(Key k) const { return down[static_cast<int>(k)]; }
    /// True if the gamepad button went down this frame.
    bool wasPressed(Pad b) const { return padPressed[static_cast<int>(b)]; }
    /// Forgets this frame's presses, so a frame with several fixed steps sees each press once.
    void consumePresses() {
        pressed[static_cast<int>(Key::Escape)] = false;
        padStart = false;
        for (bool& b : padPressed) b = false;
    }
};

/// The keyboard scancode for a named key (what ImGui::IsKeyPressed expects with the SDL backend).
int scancodeOf(Key k);
/// The scancode for a one-character key label ("F", "9"), or -1 if there is none.
int scancodeForLabel(const char* label);

}  // namespace platform
