// Shared widgets: response buttons with their shortcut, stars, component bars, the coach's card,
// the gentle stress meter.
#pragma once

#include <imgui.h>

#include <string>

namespace ui {

/// A large labelled button with its shortcut in a key badge and a group stripe. True if clicked.
/// padSlot 0..7 shows the gamepad button (A, B, X, Y, D-pad up, right, down, left) in the badge.
bool responseButton(const char* id, const char* label, const char* key, ImVec2 sizePx, bool enabled,
                    ImU32 groupColour, bool busy, int padSlot = -1);

/// Everything a response button shows, resolved to pixels and colours: enough to draw it, or to tell
/// that last frame's drawing of it still holds. The strings are borrowed.
struct ResponseFace {
    ImGuiID id = 0;  // 0: clipped away, nothing to draw
    ImVec2 pos, size;
    ImU32 frame = 0, border = 0, borderShadow = 0, stripe = 0, text = 0;
    float rounding = 0.0f, borderSize = 0.0f;
    int padSlot = -1;
    const char* label = "";
    const char* key = "";
};
/// responseButton's item without its drawing: lays out and hit-tests the button and says in *face
/// what it shows. True if clicked.
bool responseButtonItem(const char* id, const char* label, const char* key, ImVec2 sizePx, bool enabled,
                        ImU32 groupColour, bool busy, int padSlot, ResponseFace* face);
/// Draws a face from responseButtonItem (without the keyboard-navigation outline).
void drawResponseFace(ImDrawList* d, const ResponseFace& face);
/// The keyboard-navigation outline of a face, when the button has keyboard focus.
void drawResponseNavOutline(const ResponseFace& face);
/// A gamepad button glyph: a round face button with its letter, or a D-pad arrow in a square.
void padGlyph(ImDrawList* d, ImVec2 centre, float sizePx, int slot, ImU32 col);
/// Three stars, filled or outlined (shape, not only colour, tells them apart).
void stars(int filled, float sizePx);
/// A labelled 0..1 bar with the value in words and percent. labelWidthPx (0 = half the width) lines
/// up several bars; a label wider than that goes on its own line above the bar.
void componentBar(const char* label, float value, float widthPx, float labelWidthPx = 0.0f);
/// The kind coach's card: a heading and a sentence. tone 0 = neutral, 1 = warm praise, 2 = gentle.
void coachCard(const char* heading, const std::string& text, int tone, float widthPx);
/// The caregiver's stress as a soft meter with words ("calm", "tense", "stretched").
void stressMeter(float stress, float widthPx);
/// Heading text in the large font.
void heading(const char* text);
/// Text centred in the current window's width.
void centredText(const char* text);
/// A primary (accent) button, true if clicked.
bool primaryButton(const char* label, ImVec2 sizePx = ImVec2(0, 0));
/// A small-ish notice banner (e.g. a save restored from backup).
void noticeBanner(const std::string& text);

}  // namespace ui
