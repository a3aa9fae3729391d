// Where things go on the play screen, computed from the window size (update and draw agree).
#pragma once

#include <imgui.h>

namespace app {

/// Rectangles of the play screen, in pixels.
struct PlayLayout {
    ImVec2 sceneMin, sceneMax;   ///< the baby's room
    ImVec2 panelMin, panelMax;   ///< the response buttons
    ImVec2 lowerMin, lowerMax;   ///< coach card and stress meter under the scene
    float topBarPx = 0.0f;
    float pxPerMetre = 0.0f;     ///< for turning a mouse drag into a hand position
};

/// The layout for a window of this size at this font size.
PlayLayout playLayout(float widthPx, float heightPx, float fontPx);

}  // namespace app
