// Joins hand paths from different sources (the player's pointer, a synthesised gesture) so that
// switching between them moves the baby smoothly instead of jumping it across in one step.
#pragma once

#include "core/handling.h"

namespace core {

/// Where a hand sample came from.
enum class HandSource { None, Player, Synth };

/// On a change of source, the gap between the last hand given and the new source's sample fades
/// out over blendS with a smoothstep, so position and velocity stay continuous.
class HandBlend {
public:
    static constexpr float kBlendS = 0.6f;  ///< how long a change of source takes, seconds
    /// The sample to give the body this step, from `sample` of `source`.
    HandSample next(const HandSample& sample, HandSource source, float dtS);

private:
    HandSource m_source = HandSource::None;
    HandSample m_last;
    float m_offsetXM = 0.0f, m_offsetYM = 0.0f;
    float m_sinceSwitchS = 0.0f;
};

}  // namespace core
