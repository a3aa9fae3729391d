// Forwards to render::drawBaby / render::drawScene when built with them; otherwise a placeholder
// that says so on screen, so nobody mistakes it for the finished baby.
#include "app/baby_view.h"

#include <cmath>

#ifdef ATTUNE_HAVE_RENDER
#include "render/baby_renderer.h"
#include "render/scene_renderer.h"
#endif

namespace app {

#ifdef ATTUNE_HAVE_RENDER

bool hasRealRenderer() { return true; }

void drawSetting(ImDrawList* draw, ImVec2 minPx, ImVec2 maxPx, const core::SettingDef& setting,
                 float extraNoise, bool held, bool reduceMotion, double timeS) {
    render::SceneLook s;
    s.room = setting.room;
    s.timeOfDay = setting.timeOfDay;
    s.light = setting.light;
    s.noise = std::fmin(1.0f, setting.noise + extraNoise);
    s.inCot = !held;
    s.reduceMotion = reduceMotion;
    render::drawScene(draw, minPx, maxPx, s, timeS);
}

void drawBabyAt(ImDrawList* draw, ImVec2 centerPx, float heightPx, const BabyViewDef& v, double timeS) {
    render::BabyLook look;
    look.depiction = v.depiction;
    look.pose = v.pose;
    look.hasPose = v.hasPose;
    look.state = v.state;
    look.held = v.held;
    look.headSupported = v.headSupported;
    look.ageWeeks = v.ageWeeks;
    look.reduceMotion = v.reduceMotion;
    look.colourBlindSafe = v.colourBlindSafe;
    render::drawBaby(draw, centerPx, heightPx, look, timeS);
}

#else

bool hasRealRenderer() { return false; }

void drawSetting(ImDrawList* draw, ImVec2 minPx, ImVec2 maxPx, const core::SettingDef& setting,
                 float, bool, bool, double) {
    const int shade = static_cast<int>(40 + 60 * setting.light);
    draw->AddRectFilled(minPx, maxPx, IM_COL32(shade + 20, shade + 10, shade, 255), 12.0f);
    draw->AddText(ImVec2(minPx.x + 12, maxPx.y - 28), IM_COL32(255, 255, 255, 160),
                  "[placeholder room - scene renderer not yet linked]");
}

void drawBabyAt(ImDrawList* draw, ImVec2 c, float h, const BabyViewDef& v, double timeS) {
    const float breathe = v.reduceMotion ? 0.0f : 0.02f * static_cast<float>(std::sin(timeS * 2.0));
    const float r = h * 0.22f * (1.0f + breathe);
    const int flush = static_cast<int>(80 * v.depiction.flush);
    draw->AddCircleFilled(ImVec2(c.x, c.y - h * 0.2f), r, IM_COL32(240, 205 - flush, 180 - flush, 255));
    draw->AddRectFilled(ImVec2(c.x - r, c.y), ImVec2(c.x + r, c.y + h * 0.4f), IM_COL32(200, 220, 240, 255), r * 0.5f);
    const bool closed = v.depiction.eyes == core::Eyes::Closed || v.depiction.eyes == core::Eyes::Squeezed;
    for (int s = -1; s <= 1; s += 2) {
        const ImVec2 e(c.x + s * r * 0.4f, c.y - h * 0.24f);
        if (closed) draw->AddLine(ImVec2(e.x - 6, e.y), ImVec2(e.x + 6, e.y), IM_COL32(60, 40, 40, 255), 2);
        else draw->AddCircleFilled(e, 4, IM_COL32(60, 40, 40, 255));
    }
    draw->AddText(ImVec2(c.x - r, c.y + h * 0.42f), IM_COL32(255, 255, 255, 200), "[placeholder baby]");
}

#endif

}  // namespace app
