// The head's drawing frame: face coordinates in head radii, turned by yaw and pitch, rolled on screen.
#pragma once

#include <cmath>

#include <imgui.h>

#include "render/baby_rig.h"
#include "render/palette.h"
#include "render/shapes.h"

namespace render {

/// Maps face coordinates (head radii; x right, y down from the head centre) to screen pixels.
struct FaceFrame {
    ImVec2 c;
    float r = 10.0f, roll = 0.0f, yaw = 0.0f, pitch = 0.0f;

    /// A point on the face surface: features slide toward the turned side and up when tipped back.
    ImVec2 at(float x, float y) const {
        const float fx = x * (1.0f - 0.3f * std::fabs(yaw)) + yaw * 0.55f;
        const float fy = y * (1.0f - 0.2f * std::fabs(pitch)) - pitch * 0.3f;
        return add(c, rotate(ImVec2(fx * r, fy * r), roll));
    }
    /// A point on the head, unaffected by the face turning (outline, hair, ears).
    ImVec2 fixed(float x, float y) const { return add(c, rotate(ImVec2(x * r, y * r), roll)); }
    /// Horizontal squash of a feature at face x (the far side narrows when the head turns).
    float squash(float x) const {
        return std::clamp(1.0f + yaw * (x > 0 ? 0.35f : -0.35f) - 0.15f * std::fabs(yaw), 0.55f, 1.3f);
    }
    float px(float radii) const { return radii * r; }
};

/// Draws the eyes, brows and lids.
void drawEyesAndBrows(ImDrawList* d, const FaceFrame& f, const BabyLook& look, const Anim& an, const Palette& p);
/// Draws the mouth, lips, tongue and the folds of a cry.
void drawMouth(ImDrawList* d, const FaceFrame& f, const BabyLook& look, const Anim& an, const Palette& p);
/// Draws flush and mottling over the face (under the features).
void drawSkinSigns(ImDrawList* d, const FaceFrame& f, const BabyLook& look, const Anim& an, const Palette& p);
/// Draws tears and sweat beads (over the features).
void drawWetSigns(ImDrawList* d, const FaceFrame& f, const BabyLook& look, const Anim& an, const Palette& p);

}  // namespace render
