// The baby's setting: room, window light by time of day, cot or play mat, and a gentle noise meter.
#pragma once

#include <string>

#include <imgui.h>

namespace render {

/// What the room looks like this frame.
struct SceneLook {
    std::string room = "nursery";       ///< nursery | bedroom | living_room | kitchen | park
    std::string timeOfDay = "morning";  ///< morning | afternoon | evening | night
    float light = 0.7f;                 ///< 0 dark .. 1 bright
    float noise = 0.2f;                 ///< 0 quiet .. 1 loud
    bool inCot = true;
    bool onPlayMat = false;
    bool reduceMotion = false;
};

/// Draws the setting (room, window light/time of day, cot or play mat, a gentle noise indicator)
/// filling [minPx, maxPx].
void drawScene(ImDrawList* draw, ImVec2 minPx, ImVec2 maxPx, const SceneLook& scene, double timeS);

}  // namespace render
