// The carer's hand following a pointer or stick: a person's arm has mass, so the hand reaches for
// where the mouse points through a critically damped spring instead of jumping there.
#pragma once

#include "core/handling.h"

namespace core {

/// How briskly the hand follows its target. The default passes calm rocking and walking
/// (< ~2 Hz) almost unchanged, halves nothing a person can drag on purpose below ~4 Hz, and
/// removes the stair steps a 20-60 fps frame loop and whole-pixel mouse positions put into the
/// path (docs/HANDLING.md, "From mouse to hand").
struct PointerHandDef {
    float followHz = 6.0f;   ///< natural frequency of the arm's spring, Hz; 0 = no smoothing
    float reachM = 0.3f;     ///< the target is clamped to ±reachM around the resting hold point
};

/// Turns a target position, set once per fixed step, into a smooth hand path. Deterministic.
class PointerHand {
public:
    explicit PointerHand(const PointerHandDef& def = {}) : m_def(def) {}
    /// Puts the hand at rest at (xM, yM).
    void reset(float xM = 0.0f, float yM = 0.0f);
    /// Advances dtS seconds towards the target (metres, clamped to the reach); returns the hand.
    HandSample follow(float targetXM, float targetYM, float dtS, bool headSupported = true);
    /// Where the hand is now, metres.
    float xM() const { return m_xM; }
    /// Where the hand is now, metres.
    float yM() const { return m_yM; }

private:
    PointerHandDef m_def;
    float m_xM = 0.0f, m_yM = 0.0f;
    float m_vxMS = 0.0f, m_vyMS = 0.0f;
};

}  // namespace core
