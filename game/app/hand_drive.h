// The player's hands while a hold, rock or walk runs: a drag on the baby, the arrow keys, the
// left stick or the response's key held down, turned into one hand sample per fixed step.
#pragma once

#include "app/app_context.h"
#include "app/play_layout.h"
#include "core/handling.h"
#include "core/handling_pointer.h"
#include "platform/input.h"

namespace app {

/// What the player's hands are doing. Pixels in, metres out.
class HandDrive {
public:
    /// Lets go and puts the hand back at the resting hold point.
    void reset();
    /// One fixed step. True while the player holds on (then *out is this step's hand): a drag
    /// that began on the scene, an arrow key, the stick, `keyHeld`, or the head let go.
    bool step(const platform::InputFrame& in, StepOfFrame sf, const PlayLayout& layout, bool keyHeld,
              bool headSupported, float dtS, core::HandSample* out);
    /// True while a mouse drag moves the hand.
    bool isDragging() const { return m_dragging; }

private:
    bool dragTarget(const platform::InputFrame& in, StepOfFrame sf, const PlayLayout& layout);

    core::PointerHand m_arm;
    float m_targetXM = 0.0f, m_targetYM = 0.0f;  ///< where the player points the hand
    float m_anchorXPx = 0.0f, m_anchorYPx = 0.0f;
    bool m_dragging = false;
};

/// True if the point is inside the scene rectangle.
bool inScene(const PlayLayout& layout, float xPx, float yPx);

}  // namespace app
