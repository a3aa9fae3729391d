// Helpers every screen uses for its full-window panel and common rows.
#pragma once

#include <imgui.h>

#include "app/app_context.h"

namespace app {

/// Begins a borderless window covering the display; pair with ImGui::End().
void beginFullWindow(const char* name, bool scroll = true, bool background = true);
/// Draws any pending notices with a "Got it" button that emits a "dismiss_notice" action.
void drawNotices(const AppContext& ctx, UiActions& out);
/// Handles "dismiss_notice".
void applyCommonActions(AppContext& ctx, const UiActions& actions);
/// A "Back" button in the corner; true if clicked.
bool backButton();

}  // namespace app
