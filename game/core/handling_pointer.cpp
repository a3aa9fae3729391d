// A critically damped spring, solved exactly for each step (stable at any frame rate).
#include "core/handling_pointer.h"

#include <algorithm>
#include <cmath>

namespace core {
namespace {

constexpr float kTwoPi = 6.2831853f;

/// One axis: position and velocity relative to a target held still for dtS.
void springStep(float& xM, float& vMS, float targetM, float omega, float dtS) {
    const float x0 = xM - targetM;
    const float c = vMS + omega * x0;
    const float decay = std::exp(-omega * dtS);
    xM = targetM + (x0 + c * dtS) * decay;
    vMS = (vMS - omega * c * dtS) * decay;
}

}  // namespace

void PointerHand::reset(float xM, float yM) {
    m_xM = xM;
    m_yM = yM;
    m_vxMS = m_vyMS = 0.0f;
}

HandSample PointerHand::follow(float targetXM, float targetYM, float dtS, bool headSupported) {
    if (m_def.followHz <= 0.0f) {  // off: the hand is wherever the pointer says (for comparisons)
        reset(std::clamp(targetXM, -m_def.reachM, m_def.reachM),
              std::clamp(targetYM, -m_def.reachM, m_def.reachM));
        return {m_xM, m_yM, headSupported};
    }
    const float omega = kTwoPi * m_def.followHz;
    springStep(m_xM, m_vxMS, std::clamp(targetXM, -m_def.reachM, m_def.reachM), omega, dtS);
    springStep(m_yM, m_vyMS, std::clamp(targetYM, -m_def.reachM, m_def.reachM), omega, dtS);
    return {m_xM, m_yM, headSupported};
}

}  // namespace core
