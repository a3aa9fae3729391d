// The look of Attune: a calm, warm palette, a colour-blind-safe variant and a high-contrast preset.
#pragma once

#include <imgui.h>

namespace ui {

/// Which palette to use.
struct ThemeDef {
    bool colourBlindSafe = false;  ///< Okabe–Ito blues and oranges; never red against green
    bool highContrast = false;     ///< darker ground, brighter text (projector)
    float scale = 1.0f;            ///< sizes and spacing multiplier
};

/// Named colours every screen uses, so no screen hard-codes a colour.
struct Palette {
    ImU32 ground, panel, panelSoft, text, textSoft, accent, accentSoft;
    ImU32 good, caution, concern;           ///< outcome tones (always paired with words or shapes)
    ImU32 stageEarly, stageActive, stageLate;
    ImU32 groupColour[6];                   ///< body_care, comfort, connect, calm_room, wait, safety
    ImU32 star, starEmpty;
};

/// Applies the theme to ImGui's style (resetting it first, so scaling never compounds).
void applyTheme(const ThemeDef& def);
/// The palette in effect.
const Palette& palette();
/// Index 0..5 of a response group name, 0 if unknown.
int groupIndex(const char* group);
/// Player-facing name of a response group ("Feed and body care").
const char* groupTitle(int index);

}  // namespace ui
