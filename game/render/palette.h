// The baby's limited, warm palette, and skin tinted by flush and pallor.
#pragma once

#include <imgui.h>

namespace render {

/// Colours used to draw one baby this frame.
struct Palette {
    ImU32 skin, skinShade, skinLight, cheek, line, lineSoft, lips, mouthInside, tongue;
    ImU32 iris, white, hair, cloth, clothShade, clothLight, tear, sweat, mottle, flushHot;
};

/// The caregiver's colours, shared by every adult part drawn (arms, hands, legs, shoulder, head).
namespace adult {
inline constexpr ImU32 kSkin = IM_COL32(226, 180, 150, 255), kSkinShade = IM_COL32(196, 146, 120, 255);
inline constexpr ImU32 kSleeve = IM_COL32(150, 164, 196, 255), kSleeveShade = IM_COL32(126, 140, 174, 255);
inline constexpr ImU32 kTrouser = IM_COL32(104, 112, 146, 255), kTrouserShade = IM_COL32(84, 92, 124, 255);
inline constexpr ImU32 kShoe = IM_COL32(92, 70, 62, 255), kHair = IM_COL32(96, 70, 54, 255);
inline constexpr ImU32 kTop = IM_COL32(198, 150, 164, 255), kTopShade = IM_COL32(172, 124, 140, 255);
}  // namespace adult

/// The palette for these tints (0..1 each); pallor near 1 tints lips dusky (a red-flag sign).
Palette makePalette(float flush, float pallor);

}  // namespace render
