// Where labelled controls were drawn last frame, so tests (and scripted input) can click a button
// by its label at its real position, the way a person does.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>

namespace ui {

/// A control's screen rectangle in pixels.
struct ItemRectPx {
    ImVec2 min;
    ImVec2 max;
    /// The middle of the rectangle, where a click lands.
    ImVec2 centre() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

/// Records the last submitted ImGui item under its visible label (text before any "##").
void noteItem(const char* label);
/// Where the control with this visible label was last drawn, or nothing if it never was.
std::optional<ItemRectPx> itemRect(const std::string& label);
/// Forgets every recorded control (e.g. between tests).
void clearItemRects();

}  // namespace ui
