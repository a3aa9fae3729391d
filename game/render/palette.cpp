// Skin blends toward red with flush (face first) and toward a pale, cool cream with pallor.
#include "render/palette.h"

#include <algorithm>

#include "render/shapes.h"

namespace render {

Palette makePalette(float flush, float pallor) {
    Palette p{};
    const ImU32 skin = IM_COL32(246, 208, 182, 255);
    const ImU32 pale = IM_COL32(238, 232, 214, 255);
    const ImU32 red = IM_COL32(232, 120, 108, 255);
    ImU32 s = mixColour(skin, pale, pallor * 0.9f);
    s = mixColour(s, red, flush * 0.55f);
    p.skin = s;
    p.skinShade = mixColour(s, IM_COL32(176, 112, 96, 255), 0.28f);
    p.skinLight = mixColour(s, IM_COL32(255, 250, 240, 255), 0.45f);
    p.cheek = mixColour(IM_COL32(240, 150, 140, 255), pale, pallor * 0.8f);
    p.line = IM_COL32(104, 66, 58, 255);
    p.lineSoft = IM_COL32(150, 98, 86, 200);
    p.lips = mixColour(IM_COL32(214, 120, 112, 255), IM_COL32(214, 196, 190, 255), pallor * 0.7f);
    if (pallor > 0.8f) p.lips = mixColour(p.lips, IM_COL32(112, 112, 178, 255), std::min(1.0f, (pallor - 0.8f) * 12.0f));
    p.mouthInside = IM_COL32(128, 52, 58, 255);
    p.tongue = IM_COL32(228, 118, 124, 255);
    p.iris = IM_COL32(84, 64, 56, 255);
    p.white = IM_COL32(252, 250, 246, 255);
    p.hair = IM_COL32(150, 104, 78, 255);
    p.cloth = IM_COL32(176, 206, 192, 255);
    p.clothShade = IM_COL32(146, 180, 168, 255);
    p.clothLight = IM_COL32(214, 232, 222, 255);
    p.tear = IM_COL32(150, 200, 240, 230);
    p.sweat = IM_COL32(236, 246, 255, 235);
    p.mottle = IM_COL32(214, 178, 190, 120);
    p.flushHot = IM_COL32(226, 86, 80, 255);
    return p;
}

}  // namespace render
