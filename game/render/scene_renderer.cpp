// The setting: a warm room whose window shows the time of day, dimmed by the light level; a cot
// (back rail and mattress) or a play mat; and a small, calm noise meter in the corner.
#include "render/scene_renderer.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <imgui_internal.h>

#include "render/shapes.h"

namespace render {

float hashless(int k, float salt);

namespace {
struct RoomColours {
    ImU32 wallTop, wallBottom, floor, trim;
};

RoomColours roomColours(const std::string& room) {
    if (room == "living_room") return {IM_COL32(236, 222, 200, 255), IM_COL32(222, 204, 180, 255), IM_COL32(176, 140, 110, 255), IM_COL32(250, 244, 232, 255)};
    if (room == "kitchen") return {IM_COL32(226, 234, 220, 255), IM_COL32(208, 220, 204, 255), IM_COL32(196, 186, 170, 255), IM_COL32(248, 248, 240, 255)};
    if (room == "bedroom") return {IM_COL32(222, 216, 232, 255), IM_COL32(204, 198, 220, 255), IM_COL32(170, 136, 112, 255), IM_COL32(246, 242, 248, 255)};
    if (room == "park") return {IM_COL32(178, 214, 236, 255), IM_COL32(212, 232, 240, 255), IM_COL32(150, 190, 120, 255), IM_COL32(120, 170, 100, 255)};
    return {IM_COL32(240, 226, 214, 255), IM_COL32(230, 212, 198, 255), IM_COL32(188, 152, 120, 255), IM_COL32(252, 246, 238, 255)};
}

ImU32 skyColour(const std::string& tod, bool top) {
    if (tod == "afternoon") return top ? IM_COL32(140, 196, 236, 255) : IM_COL32(200, 228, 244, 255);
    if (tod == "evening") return top ? IM_COL32(120, 110, 170, 255) : IM_COL32(246, 170, 120, 255);
    if (tod == "night") return top ? IM_COL32(28, 34, 70, 255) : IM_COL32(52, 60, 104, 255);
    return top ? IM_COL32(170, 208, 236, 255) : IM_COL32(250, 226, 190, 255);
}

void drawWindow(ImDrawList* d, ImVec2 a, ImVec2 b, const SceneLook& s) {
    d->AddRectFilled(ImVec2(a.x - 6, a.y - 6), ImVec2(b.x + 6, b.y + 6), IM_COL32(250, 246, 238, 255), 8.0f);
    d->AddRectFilledMultiColor(a, b, skyColour(s.timeOfDay, true), skyColour(s.timeOfDay, true), skyColour(s.timeOfDay, false),
                               skyColour(s.timeOfDay, false));
    const float w = b.x - a.x;
    if (s.timeOfDay == "night") {
        d->AddCircleFilled(ImVec2(a.x + w * 0.7f, a.y + w * 0.3f), w * 0.12f, IM_COL32(246, 240, 210, 255));
        d->AddCircleFilled(ImVec2(a.x + w * 0.75f, a.y + w * 0.27f), w * 0.1f, skyColour(s.timeOfDay, true));
        for (int k = 0; k < 6; ++k) d->AddCircleFilled(ImVec2(a.x + w * hashless(k, 0.13f), a.y + (b.y - a.y) * hashless(k, 0.37f) * 0.6f), 1.5f, IM_COL32(255, 255, 230, 200));
    } else {
        const float sunY = s.timeOfDay == "evening" ? 0.75f : (s.timeOfDay == "afternoon" ? 0.25f : 0.45f);
        softGlow(d, ImVec2(a.x + w * 0.3f, a.y + (b.y - a.y) * sunY), ImVec2(w * 0.22f, w * 0.22f), IM_COL32(255, 240, 190, 200), 5);
    }
    d->AddLine(ImVec2((a.x + b.x) * 0.5f, a.y), ImVec2((a.x + b.x) * 0.5f, b.y), IM_COL32(250, 246, 238, 255), 5.0f);
    d->AddLine(ImVec2(a.x, (a.y + b.y) * 0.5f), ImVec2(b.x, (a.y + b.y) * 0.5f), IM_COL32(250, 246, 238, 255), 5.0f);
    // Curtains.
    const ImU32 curtain = IM_COL32(214, 150, 140, 230);
    d->AddRectFilled(ImVec2(a.x - 18, a.y - 14), ImVec2(a.x + w * 0.12f, b.y + 20), curtain, 10.0f);
    d->AddRectFilled(ImVec2(b.x - w * 0.12f, a.y - 14), ImVec2(b.x + 18, b.y + 20), curtain, 10.0f);
}

void drawCot(ImDrawList* d, ImVec2 a, ImVec2 b, float h) {
    const ImU32 wood = IM_COL32(238, 222, 196, 255), woodShade = IM_COL32(214, 194, 166, 255);
    // Back rail with bars behind the mattress, then a firm, flat, bare mattress (safe sleep: no
    // blanket, pillow or toy unless a cue puts one there).
    d->AddRectFilled(ImVec2(a.x, a.y), ImVec2(b.x, a.y + h * 0.05f), wood, h * 0.02f);
    for (int k = 0; k <= 12; ++k) {
        const float x = a.x + (b.x - a.x) * k / 12.0f;
        d->AddRectFilled(ImVec2(x - h * 0.008f, a.y), ImVec2(x + h * 0.008f, b.y), woodShade, 3.0f);
    }
    d->AddRectFilled(ImVec2(a.x + h * 0.02f, a.y + h * 0.12f), ImVec2(b.x - h * 0.02f, b.y), IM_COL32(246, 244, 238, 255), h * 0.04f);
    d->AddRect(ImVec2(a.x + h * 0.035f, a.y + h * 0.135f), ImVec2(b.x - h * 0.035f, b.y - h * 0.015f), IM_COL32(226, 222, 212, 255), h * 0.035f, 0, 2.0f);
    d->AddRectFilled(ImVec2(a.x - h * 0.03f, a.y - h * 0.05f), ImVec2(a.x + h * 0.01f, b.y + h * 0.04f), wood, 6.0f);
    d->AddRectFilled(ImVec2(b.x - h * 0.01f, a.y - h * 0.05f), ImVec2(b.x + h * 0.03f, b.y + h * 0.04f), wood, 6.0f);
}

void drawPlayMat(ImDrawList* d, ImVec2 c, float w, float h, double t, bool reduceMotion) {
    fillEllipse(d, c, ImVec2(w * 0.5f, h * 0.5f), 0.0f, IM_COL32(244, 214, 160, 255));
    fillEllipse(d, c, ImVec2(w * 0.42f, h * 0.4f), 0.0f, IM_COL32(170, 210, 190, 255));
    const float sway = reduceMotion ? 0.0f : static_cast<float>(std::sin(t * 1.2)) * 3.0f;
    d->PathArcTo(ImVec2(c.x, c.y + h * 0.1f), w * 0.38f, 3.3f, 6.12f, 24);
    d->PathStroke(IM_COL32(236, 150, 130, 255), 0, 6.0f);
    for (int k = 0; k < 3; ++k) {
        const float x = c.x + (k - 1) * w * 0.2f;
        const float top = c.y + h * 0.1f - w * 0.38f * std::sin(1.0f + k * 0.57f);
        d->AddLine(ImVec2(x, top), ImVec2(x + sway, top + h * 0.12f), IM_COL32(200, 170, 150, 255), 1.5f);
        d->AddCircleFilled(ImVec2(x + sway, top + h * 0.14f), 7.0f, k == 1 ? IM_COL32(240, 196, 92, 255) : IM_COL32(130, 176, 220, 255));
    }
}

void drawNoiseMeter(ImDrawList* d, ImVec2 at, float size, float noise, double t, bool reduceMotion) {
    // A small speaker with 1-3 soft arcs; colour warms from calm green to amber as noise grows.
    const ImU32 col = mixColour(IM_COL32(120, 170, 140, 230), IM_COL32(226, 150, 80, 240), noise);
    const ImVec2 box[4] = {ImVec2(at.x, at.y - size * 0.18f), ImVec2(at.x + size * 0.2f, at.y - size * 0.18f),
                           ImVec2(at.x + size * 0.2f, at.y + size * 0.18f), ImVec2(at.x, at.y + size * 0.18f)};
    d->AddConvexPolyFilled(box, 4, col);
    d->AddTriangleFilled(ImVec2(at.x + size * 0.15f, at.y), ImVec2(at.x + size * 0.45f, at.y - size * 0.4f), ImVec2(at.x + size * 0.45f, at.y + size * 0.4f), col);
    const int arcs = 1 + static_cast<int>(std::clamp(noise, 0.0f, 0.999f) * 3.0f);
    const float pulse = reduceMotion ? 1.0f : 0.75f + 0.25f * static_cast<float>(std::sin(t * 2.0));
    for (int k = 0; k < arcs; ++k) strokeArc(d, ImVec2(at.x + size * 0.45f, at.y), size * (0.25f + 0.2f * k), -0.8f, 0.8f, withAlpha(col, pulse), 2.5f);
}
}  // namespace

float hashless(int k, float salt) {
    const float x = std::sin(static_cast<float>(k) * 12.9898f + salt * 78.233f) * 43758.5453f;
    return x - std::floor(x);
}

namespace {

/// The parts of the room that do not move: walls, window, light pool, cot or mat. They are built
/// once per room, size and light and then copied into each frame (a memcpy instead of ~60 paths).
void drawStillRoom(ImDrawList* d, ImVec2 a, ImVec2 b, const SceneLook& s) {
    const float w = b.x - a.x, h = b.y - a.y;
    const RoomColours rc = roomColours(s.room);
    const float floorY = a.y + h * 0.72f;
    d->AddRectFilledMultiColor(a, ImVec2(b.x, floorY), rc.wallTop, rc.wallTop, rc.wallBottom, rc.wallBottom);
    d->AddRectFilled(ImVec2(a.x, floorY), b, rc.floor);
    d->AddRectFilled(ImVec2(a.x, floorY - 6), ImVec2(b.x, floorY), rc.trim);
    if (s.room != "park") drawWindow(d, ImVec2(a.x + w * 0.08f, a.y + h * 0.1f), ImVec2(a.x + w * 0.3f, a.y + h * 0.45f), s);
    else d->AddCircleFilled(ImVec2(a.x + w * 0.15f, a.y + h * 0.15f), h * 0.06f, IM_COL32(255, 240, 190, 255));
    // Light pool from the window.
    softGlow(d, ImVec2(a.x + w * 0.3f, floorY + h * 0.1f), ImVec2(w * 0.3f, h * 0.12f), IM_COL32(255, 244, 214, 90), 5);
    const ImVec2 cc(a.x + w * 0.5f, a.y + h * 0.6f);
    if (s.inCot && !s.onPlayMat) drawCot(d, ImVec2(cc.x - w * 0.28f, a.y + h * 0.28f), ImVec2(cc.x + w * 0.28f, a.y + h * 0.9f), h);
}

struct StillRoomCache {
    ImVec2 a, b;
    std::string room, timeOfDay;
    bool inCot = false, onPlayMat = false;
    ImVec2 whitePixel;
    ImDrawListFlags flags = 0;
    std::unique_ptr<ImDrawList> list;

    bool matches(ImVec2 a2, ImVec2 b2, const SceneLook& s, ImVec2 white, ImDrawListFlags f) const {
        return list && a.x == a2.x && a.y == a2.y && b.x == b2.x && b.y == b2.y && room == s.room &&
               timeOfDay == s.timeOfDay && inCot == s.inCot && onPlayMat == s.onPlayMat &&
               whitePixel.x == white.x && whitePixel.y == white.y && flags == f;
    }
};

}  // namespace

void drawScene(ImDrawList* d, ImVec2 a, ImVec2 b, const SceneLook& s, double timeS) {
    if (d == nullptr) return;
    const float w = b.x - a.x, h = b.y - a.y;
    // One cache per thread: the game draws one room a frame; tests may draw others in turn.
    thread_local StillRoomCache cache;
    const ImVec2 white = d->_Data->TexUvWhitePixel;
    if (!cache.matches(a, b, s, white, d->Flags)) {
        cache.list = std::make_unique<ImDrawList>(d->_Data);
        cache.list->_ResetForNewFrame();
        cache.list->PushClipRectFullScreen();
        cache.list->Flags = d->Flags;
        drawStillRoom(cache.list.get(), a, b, s);
        cache.a = a;
        cache.b = b;
        cache.room = s.room;
        cache.timeOfDay = s.timeOfDay;
        cache.inCot = s.inCot;
        cache.onPlayMat = s.onPlayMat;
        cache.whitePixel = white;
        cache.flags = d->Flags;
    }
    appendDrawList(d, *cache.list);
    const float floorY = a.y + h * 0.72f;
    const ImVec2 cc(a.x + w * 0.5f, a.y + h * 0.6f);
    if (s.onPlayMat) drawPlayMat(d, ImVec2(cc.x, floorY + h * 0.12f), w * 0.6f, h * 0.3f, timeS, s.reduceMotion);
    // Dim the whole room by the light level.
    const float dim = std::clamp(0.8f - s.light, 0.0f, 1.0f) * 0.65f;  // 0.8 and above: full daylight
    if (dim > 0.01f) d->AddRectFilled(a, b, IM_COL32(20, 24, 50, static_cast<int>(dim * 255)));
    drawNoiseMeter(d, ImVec2(b.x - h * 0.12f, a.y + h * 0.08f), h * 0.07f, s.noise, timeS, s.reduceMotion);
}

}  // namespace render
