// Small soft-shape helpers on top of ImDrawList: ellipses, capsules, blobs, arcs (all anti-aliased).
#pragma once

#include <imgui.h>

namespace render {

/// Linear blend of two colours (t 0..1), keeping alpha from the blend too.
ImU32 mixColour(ImU32 a, ImU32 b, float t);
/// The same colour with alpha scaled by alpha01.
ImU32 withAlpha(ImU32 c, float alpha01);
/// Segments for a curve of this radius: the fewest that keep chords within 0.3 px, at most `most`.
int segmentsFor(float radiusPx, int most);
/// Appends a prepared draw list's triangles (same texture and clip) to `d`, as if drawn again.
void appendDrawList(ImDrawList* d, const ImDrawList& cached);
/// A rotated, filled ellipse (radii in px, angle in radians); `segments` is the most it uses.
void fillEllipse(ImDrawList* d, ImVec2 c, ImVec2 radiiPx, float angleRad, ImU32 col, int segments = 40);
/// The outline of a rotated ellipse.
void strokeEllipse(ImDrawList* d, ImVec2 c, ImVec2 radiiPx, float angleRad, ImU32 col, float thickPx,
                   int segments = 40);
/// A filled capsule from a to b whose radius tapers from ra to rb (a soft limb segment).
void fillCapsule(ImDrawList* d, ImVec2 a, ImVec2 b, float ra, float rb, ImU32 col);
/// An arc of a circle, from a0 to a1 radians (0 = +x, clockwise on screen as y grows down).
void strokeArc(ImDrawList* d, ImVec2 c, float rPx, float a0, float a1, ImU32 col, float thickPx);
/// A quadratic curve from a to b bending through control point k.
void strokeQuad(ImDrawList* d, ImVec2 a, ImVec2 k, ImVec2 b, ImU32 col, float thickPx);
/// A filled convex shape bounded by two quadratic curves that share end points a and b.
void fillLens(ImDrawList* d, ImVec2 a, ImVec2 kTop, ImVec2 b, ImVec2 kBottom, ImU32 col);
/// A soft glow fading smoothly to nothing at its edge (blush, shadow or light pool); `rings` sets
/// how many steps the fade is drawn in and how strongly it builds toward the centre.
void softGlow(ImDrawList* d, ImVec2 c, ImVec2 radiiPx, ImU32 col, int rings = 5);

/// Vector helpers.
inline ImVec2 add(ImVec2 a, ImVec2 b) { return ImVec2(a.x + b.x, a.y + b.y); }
inline ImVec2 sub(ImVec2 a, ImVec2 b) { return ImVec2(a.x - b.x, a.y - b.y); }
inline ImVec2 mul(ImVec2 a, float s) { return ImVec2(a.x * s, a.y * s); }
inline ImVec2 lerp2(ImVec2 a, ImVec2 b, float t) { return ImVec2(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t); }
/// Rotates v by angleRad (screen coordinates).
ImVec2 rotate(ImVec2 v, float angleRad);
/// Length of v.
float length(ImVec2 v);

}  // namespace render
