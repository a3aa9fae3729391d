// Mouse, keys and stick to a target; the target to a hand through core::PointerHand's arm.
#include "app/hand_drive.h"

#include <algorithm>

namespace app {
namespace {

constexpr float kKeySpeedMS = 0.5f;  // arrow keys move the target this fast
constexpr float kStickReachM = 0.2f; // full stick points the hand this far

}  // namespace

bool inScene(const PlayLayout& l, float xPx, float yPx) {
    return xPx >= l.sceneMin.x && xPx <= l.sceneMax.x && yPx >= l.sceneMin.y && yPx <= l.sceneMax.y;
}

void HandDrive::reset() {
    m_arm.reset();
    m_targetXM = m_targetYM = 0.0f;
    m_dragging = false;
}

bool HandDrive::dragTarget(const platform::InputFrame& in, StepOfFrame sf, const PlayLayout& l) {
    // Where the mouse was at this step: the frame's motion spread evenly over its steps.
    const float share = static_cast<float>(sf.index + 1) / static_cast<float>(std::max(1, sf.count));
    const float xPx = in.mouseXPx - in.mouseDxPx * (1.0f - share);
    const float yPx = in.mouseYPx - in.mouseDyPx * (1.0f - share);
    if (!in.mouseDown || !(m_dragging || inScene(l, in.mouseXPx, in.mouseYPx)) || l.pxPerMetre <= 0) {
        m_dragging = false;
        return false;
    }
    if (!m_dragging) {  // grab: the target carries on from where it is
        m_anchorXPx = xPx - m_targetXM * l.pxPerMetre;
        m_anchorYPx = yPx + m_targetYM * l.pxPerMetre;
    }
    m_dragging = true;
    m_targetXM = (xPx - m_anchorXPx) / l.pxPerMetre;
    m_targetYM = -(yPx - m_anchorYPx) / l.pxPerMetre;
    return true;
}

bool HandDrive::step(const platform::InputFrame& in, StepOfFrame sf, const PlayLayout& layout, bool keyHeld,
                     bool headSupported, float dtS, core::HandSample* out) {
    bool holding = dragTarget(in, sf, layout);
    const float kx = (in.isDown(platform::Key::Right) ? 1.0f : 0.0f) - (in.isDown(platform::Key::Left) ? 1.0f : 0.0f);
    const float ky = (in.isDown(platform::Key::Up) ? 1.0f : 0.0f) - (in.isDown(platform::Key::Down) ? 1.0f : 0.0f);
    if (kx != 0 || ky != 0) {
        m_targetXM += kx * kKeySpeedMS * dtS;
        m_targetYM += ky * kKeySpeedMS * dtS;
        holding = true;
    }
    if (in.stickX != 0 || in.stickY != 0) {
        m_targetXM = in.stickX * kStickReachM;
        m_targetYM = in.stickY * kStickReachM;
        holding = true;
    }
    const float reachM = core::PointerHandDef{}.reachM;
    m_targetXM = std::clamp(m_targetXM, -reachM, reachM);
    m_targetYM = std::clamp(m_targetYM, -reachM, reachM);
    const core::HandSample hand = m_arm.follow(m_targetXM, m_targetYM, dtS, headSupported);
    holding = holding || keyHeld || !headSupported;
    if (holding && out) *out = hand;
    return holding;
}

}  // namespace app
