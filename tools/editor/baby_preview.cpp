// The baby preview: render::drawScene + render::drawBaby when built with them, else a placeholder
// that says so on screen.
#include "editor/baby_preview.h"

#include <algorithm>
#include <cmath>

#ifdef ATTUNE_HAVE_RENDER
#include "render/baby_renderer.h"
#include "render/scene_renderer.h"
#endif

namespace editor {

#ifdef ATTUNE_HAVE_RENDER

bool hasGameRenderer() { return true; }

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

#else

bool hasGameRenderer() { return false; }

void drawPreview(ImDrawList* draw, ImVec2 minPx, ImVec2 maxPx, const core::SettingDef& setting,
                 const PreviewLook& look, double timeS) {
    const int shade = static_cast<int>(40 + 60 * setting.light);
    draw->AddRectFilled(minPx, maxPx, IM_COL32(shade + 20, shade + 10, shade, 255), 8.0f);
    const ImVec2 c((minPx.x + maxPx.x) * 0.5f, (minPx.y + maxPx.y) * 0.5f);
    const float h = std::min(maxPx.y - minPx.y, maxPx.x - minPx.x) * 0.7f;
    const float r = h * 0.22f * (1.0f + 0.02f * static_cast<float>(std::sin(timeS * 2.0)));
    const int flush = static_cast<int>(80 * look.depiction.flush);
    draw->AddCircleFilled(ImVec2(c.x, c.y - h * 0.2f), r, IM_COL32(240, 205 - flush, 180 - flush, 255));
    draw->AddRectFilled(ImVec2(c.x - r, c.y), ImVec2(c.x + r, c.y + h * 0.35f), IM_COL32(200, 220, 240, 255), r * 0.5f);
    draw->AddText(ImVec2(minPx.x + 8, maxPx.y - 22), IM_COL32(255, 255, 255, 220),
                  "[placeholder: the game's baby renderer is not linked in this build]");
}

#endif

}  // namespace editor
