// Fonts: DejaVu Sans rasterised at 16 × scale px, with ImGui's own font when the file is missing.
#pragma once

#include <imgui.h>

namespace ui {

/// The fonts screens use.
struct Fonts {
    ImFont* body = nullptr;   ///< 16 × scale px
    ImFont* large = nullptr;  ///< 22 × scale px, bold when available
    ImFont* title = nullptr;  ///< 40 × scale px, bold when available
    bool system = false;      ///< true if DejaVu Sans was found
};

/// Clears and rebuilds the font atlas at this scale. Call between frames, then re-upload the
/// texture (platform::Window::reloadFontTexture).
const Fonts& buildFonts(float scale);
/// The fonts last built.
const Fonts& fonts();

}  // namespace ui
