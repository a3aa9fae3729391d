// A fading offset between hand sources: continuous, and exact once the fade is over.
#include "core/handling_blend.h"

#include <algorithm>

namespace core {

HandSample HandBlend::next(const HandSample& sample, HandSource source, float dtS) {
    if (source != m_source) {
        if (m_source != HandSource::None) {
            m_offsetXM = m_last.xM - sample.xM;
            m_offsetYM = m_last.yM - sample.yM;
            m_sinceSwitchS = 0.0f;
        }
        m_source = source;
    } else {
        m_sinceSwitchS += dtS;
    }
    const float u = std::clamp(m_sinceSwitchS / kBlendS, 0.0f, 1.0f);
    const float keep = 1.0f - u * u * (3.0f - 2.0f * u);
    HandSample out = sample;
    out.xM += m_offsetXM * keep;
    out.yM += m_offsetYM * keep;
    m_last = out;
    return out;
}

}  // namespace core
