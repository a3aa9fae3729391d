// The scene takes the left ~60 %, buttons the right; the coach sits under the scene.
#include "app/play_layout.h"

#include <algorithm>

namespace app {

PlayLayout playLayout(float w, float h, float f) {
    PlayLayout l;
    l.topBarPx = f * 3.0f;
    const float gap = f * 0.75f;
    // At least 26 text widths for the buttons, but never more than 48 % of the window.
    const float panelW = std::min(std::max(w * 0.4f, f * 26.0f), w * 0.48f);
    const float lowerH = std::max(f * 9.0f, h * 0.24f);
    l.sceneMin = ImVec2(gap, l.topBarPx);
    l.sceneMax = ImVec2(w - panelW - gap, h - lowerH - gap);
    l.lowerMin = ImVec2(gap, h - lowerH);
    l.lowerMax = ImVec2(w - panelW - gap, h - gap);
    l.panelMin = ImVec2(w - panelW, l.topBarPx);
    l.panelMax = ImVec2(w - gap, h - gap);
    l.pxPerMetre = (l.sceneMax.y - l.sceneMin.y) * 1.2f;
    return l;
}

}  // namespace app
