// Forwards the play screen's view of the baby and its room to render::drawBaby / render::drawScene.
#include "app/baby_view.h"

#include <cmath>

#include "render/baby_renderer.h"
#include "render/scene_renderer.h"

namespace app {

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

namespace {
render::BabyLook lookOf(const BabyViewDef& v) {
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
    look.action = v.action;
    return look;
}
}  // namespace

bool showsCot(const BabyViewDef& v) { return render::showsCot(lookOf(v)); }

void drawBabyAt(ImDrawList* draw, ImVec2 centerPx, float heightPx, const BabyViewDef& v, double timeS) {
    render::drawBaby(draw, centerPx, heightPx, lookOf(v), timeS);
}

}  // namespace app
