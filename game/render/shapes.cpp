// Soft-shape helpers: convex paths that ImGui anti-aliases, and a fading mesh for soft glows.
#include "render/shapes.h"

#include <imgui_internal.h>  // ImDrawListSharedData: the white pixel a mesh samples

#include <algorithm>
#include <cmath>
#include <cstring>

namespace render {

namespace {
constexpr float kPi = 3.14159265f;

int channel(ImU32 c, int shift) { return static_cast<int>((c >> shift) & 0xFF); }
}  // namespace

ImU32 mixColour(ImU32 a, ImU32 b, float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    auto mix = [&](int shift) {
        return static_cast<ImU32>(std::lround(channel(a, shift) + (channel(b, shift) - channel(a, shift)) * t));
    };
    return (mix(IM_COL32_R_SHIFT) << IM_COL32_R_SHIFT) | (mix(IM_COL32_G_SHIFT) << IM_COL32_G_SHIFT) |
           (mix(IM_COL32_B_SHIFT) << IM_COL32_B_SHIFT) | (mix(IM_COL32_A_SHIFT) << IM_COL32_A_SHIFT);
}

ImU32 withAlpha(ImU32 c, float alpha01) {
    const float a = std::clamp(alpha01, 0.0f, 1.0f) * static_cast<float>(channel(c, IM_COL32_A_SHIFT));
    return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(std::lround(a)) << IM_COL32_A_SHIFT);
}

ImVec2 rotate(ImVec2 v, float angleRad) {
    const float c = std::cos(angleRad), s = std::sin(angleRad);
    return ImVec2(v.x * c - v.y * s, v.x * s + v.y * c);
}

float length(ImVec2 v) { return std::sqrt(v.x * v.x + v.y * v.y); }

int segmentsFor(float radiusPx, int most) {
    // As ImGui does for circles: enough segments that no chord strays more than 0.3 px from the
    // true curve, so small parts (eyes, fingers, cheeks) cost a dozen points rather than forty.
    constexpr float kMaxErrorPx = 0.3f;
    if (radiusPx <= kMaxErrorPx * 2) return 6;
    const int n = static_cast<int>(std::ceil(kPi / std::acos(1.0f - kMaxErrorPx / radiusPx)));
    return std::clamp(n, 6, std::max(6, most));
}

void appendDrawList(ImDrawList* d, const ImDrawList& cached) {
    const int vtx = cached.VtxBuffer.Size, idx = cached.IdxBuffer.Size;
    if (vtx == 0 || idx == 0) return;
    d->PrimReserve(idx, vtx);
    const ImDrawIdx base = static_cast<ImDrawIdx>(d->_VtxCurrentIdx);
    std::memcpy(d->_VtxWritePtr, cached.VtxBuffer.Data, static_cast<std::size_t>(vtx) * sizeof(ImDrawVert));
    for (int i = 0; i < idx; ++i) d->_IdxWritePtr[i] = static_cast<ImDrawIdx>(cached.IdxBuffer.Data[i] + base);
    d->_VtxWritePtr += vtx;
    d->_IdxWritePtr += idx;
    d->_VtxCurrentIdx += static_cast<unsigned int>(vtx);
}

static void ellipsePath(ImDrawList* d, ImVec2 c, ImVec2 r, float angleRad, int segments) {
    segments = segmentsFor(std::max(r.x, r.y), segments);
    for (int i = 0; i < segments; ++i) {
        const float a = 2.0f * kPi * static_cast<float>(i) / static_cast<float>(segments);
        d->PathLineTo(add(c, rotate(ImVec2(std::cos(a) * r.x, std::sin(a) * r.y), angleRad)));
    }
}

void fillEllipse(ImDrawList* d, ImVec2 c, ImVec2 radiiPx, float angleRad, ImU32 col, int segments) {
    if (radiiPx.x <= 0.2f || radiiPx.y <= 0.2f) return;
    ellipsePath(d, c, radiiPx, angleRad, segments);
    d->PathFillConvex(col);
}

void strokeEllipse(ImDrawList* d, ImVec2 c, ImVec2 radiiPx, float angleRad, ImU32 col, float thickPx,
                   int segments) {
    if (radiiPx.x <= 0.2f || radiiPx.y <= 0.2f) return;
    ellipsePath(d, c, radiiPx, angleRad, segments);
    d->PathStroke(col, ImDrawFlags_Closed, thickPx);
}

void fillCapsule(ImDrawList* d, ImVec2 a, ImVec2 b, float ra, float rb, ImU32 col) {
    const ImVec2 ab = sub(b, a);
    const float len = std::max(length(ab), 0.001f);
    const float base = std::atan2(ab.y, ab.x);
    // Half circle around b, then half circle around a: one convex outline with tangent sides.
    const int n = std::max(3, segmentsFor(std::max(ra, rb), 24) / 2);
    for (int i = 0; i <= n; ++i) {
        const float t = base - kPi / 2 + kPi * static_cast<float>(i) / n;
        d->PathLineTo(ImVec2(b.x + std::cos(t) * rb, b.y + std::sin(t) * rb));
    }
    for (int i = 0; i <= n; ++i) {
        const float t = base + kPi / 2 + kPi * static_cast<float>(i) / n;
        d->PathLineTo(ImVec2(a.x + std::cos(t) * ra, a.y + std::sin(t) * ra));
    }
    (void)len;
    d->PathFillConvex(col);
}

void strokeArc(ImDrawList* d, ImVec2 c, float rPx, float a0, float a1, ImU32 col, float thickPx) {
    const float turn = std::fabs(a1 - a0) / (2 * kPi);
    d->PathArcTo(c, rPx, a0, a1, std::clamp(static_cast<int>(std::ceil(static_cast<float>(segmentsFor(rPx, 64)) * turn)), 4, 16));
    d->PathStroke(col, 0, thickPx);
}

/// Points for a quadratic curve spanning this many pixels: one every ~4 px, 4 to `most`.
static int curvePoints(ImVec2 a, ImVec2 k, ImVec2 b, int most) {
    const float span = length(sub(k, a)) + length(sub(b, k));
    return std::clamp(static_cast<int>(span / 4.0f), 4, most);
}

void strokeQuad(ImDrawList* d, ImVec2 a, ImVec2 k, ImVec2 b, ImU32 col, float thickPx) {
    d->PathLineTo(a);
    d->PathBezierQuadraticCurveTo(k, b, curvePoints(a, k, b, 12));
    d->PathStroke(col, 0, thickPx);
}

void fillLens(ImDrawList* d, ImVec2 a, ImVec2 kTop, ImVec2 b, ImVec2 kBottom, ImU32 col) {
    d->PathLineTo(a);
    d->PathBezierQuadraticCurveTo(kTop, b, curvePoints(a, kTop, b, 14));
    d->PathBezierQuadraticCurveTo(kBottom, a, curvePoints(b, kBottom, a, 14));
    d->PathFillConvex(col);
}

void softGlow(ImDrawList* d, ImVec2 c, ImVec2 radiiPx, ImU32 col, int rings) {
    if (radiiPx.x <= 0.2f || radiiPx.y <= 0.2f || rings < 1) return;
    // One mesh of rings whose alpha falls smoothly to nothing at the edge: what `rings` stacked
    // translucent ellipses approximate (1 - (1 - layer)^layers over the ellipses covering a point),
    // without their banding or their anti-aliased edges, at a fraction of the vertices.
    const int seg = segmentsFor(std::max(radiiPx.x, radiiPx.y), 28);
    const float layer = static_cast<float>(channel(col, IM_COL32_A_SHIFT)) / 255.0f / static_cast<float>(rings);
    const ImVec2 uv = d->_Data->TexUvWhitePixel;
    const int vtx = 1 + rings * seg, idx = seg * 3 + (rings - 1) * seg * 6;
    d->PrimReserve(idx, vtx);
    const auto base = static_cast<ImDrawIdx>(d->_VtxCurrentIdx);
    auto ringColour = [&](int k) {
        const float covered = static_cast<float>(rings - k);  // layers still covering ring k
        return withAlpha(col | IM_COL32_A_MASK, 1.0f - std::pow(1.0f - layer, covered));
    };
    d->PrimWriteVtx(c, uv, ringColour(0));
    for (int k = 1; k <= rings; ++k) {
        const float f = static_cast<float>(k) / static_cast<float>(rings);
        const ImU32 rc = ringColour(k);
        for (int i = 0; i < seg; ++i) {
            const float a = 2.0f * kPi * static_cast<float>(i) / static_cast<float>(seg);
            d->PrimWriteVtx(ImVec2(c.x + std::cos(a) * radiiPx.x * f, c.y + std::sin(a) * radiiPx.y * f), uv, rc);
        }
    }
    auto at = [&](int ring, int i) { return static_cast<ImDrawIdx>(base + (ring == 0 ? 0 : 1 + (ring - 1) * seg + i % seg)); };
    for (int i = 0; i < seg; ++i) {
        d->PrimWriteIdx(at(0, 0));
        d->PrimWriteIdx(at(1, i));
        d->PrimWriteIdx(at(1, i + 1));
    }
    for (int k = 1; k < rings; ++k)
        for (int i = 0; i < seg; ++i) {
            d->PrimWriteIdx(at(k, i));
            d->PrimWriteIdx(at(k + 1, i));
            d->PrimWriteIdx(at(k + 1, i + 1));
            d->PrimWriteIdx(at(k, i));
            d->PrimWriteIdx(at(k + 1, i + 1));
            d->PrimWriteIdx(at(k, i + 1));
        }
}

}  // namespace render
