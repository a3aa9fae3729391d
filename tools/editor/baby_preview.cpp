// The baby preview: render::drawScene + render::drawBaby, the game's own drawing.
#include "editor/baby_preview.h"

#include <algorithm>

#include "render/baby_renderer.h"
#include "render/scene_renderer.h"

namespace editor {

void drawPreview(ImDrawList* draw, ImVec2 minPx, ImVec2 maxPx, const core::SettingDef& setting,
                 const PreviewLook& look, double timeS) {
    render::SceneLook scene;
    scene.room = setting.room;
    scene.timeOfDay = setting.timeOfDay;
    scene.light = setting.light;
    scene.noise = setting.noise;
    scene.inCot = !look.held;
    render::drawScene(draw, minPx, maxPx, scene, timeS);
    render::BabyLook baby;
    baby.depiction = look.depiction;
    baby.state = look.state;
    baby.ageWeeks = look.ageWeeks;
    baby.held = look.held;
    const float h = std::min(maxPx.y - minPx.y, (maxPx.x - minPx.x) * 1.2f) * 0.8f;
    render::drawBaby(draw, ImVec2((minPx.x + maxPx.x) * 0.5f, (minPx.y + maxPx.y) * 0.5f), h, baby, timeS);
}

}  // namespace editor
