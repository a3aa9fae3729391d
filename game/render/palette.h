// The baby's limited, warm palette, and skin tinted by flush and pallor.
#pragma once

#include <imgui.h>

namespace render {

/// Colours used to draw one baby this frame.
struct Palette {
    ImU32 skin, skinShade, skinLight, cheek, line, lineSoft, lips, mouthInside, tongue;
    ImU32 iris, white, hair, cloth, clothShade, clothLight, tear, sweat, mottle, flushHot;
};

/// The palette for these tints (0..1 each); pallor near 1 tints lips dusky (a red-flag sign).
Palette makePalette(float flush, float pallor);

}  // namespace render
