// Turns a cue's movement intent into joint targets and drives the body's joint motors toward them.
#pragma once

#include "core/baby_body.h"
#include "core/depiction.h"

namespace core {

/// What the body is trying to do, from the cue's depiction.
struct LimbIntent {
    Limbs limbs = Limbs::Still;
    Hands hands = Hands::Relaxed;
    Posture posture = Posture::Neutral;
    float motion = 0.3f;  ///< 0 still .. 1 flailing

    bool operator==(const LimbIntent& o) const {
        return limbs == o.limbs && hands == o.hands && posture == o.posture && motion == o.motion;
    }
    bool operator!=(const LimbIntent& o) const { return !(*this == o); }
};

/// Where each joint should be and how hard its motor may push (muscle tone).
struct MotorTargets {
    JointAngles angleRad{};
    JointAngles maxTorqueNm{};
};

/// True when the intent's targets change with time, so the body never comes to rest.
bool isIntentMoving(const LimbIntent& intent);
/// Joint targets at fixed step `tick` (deterministic: a function of the step count only).
MotorTargets motorTargets(const LimbIntent& intent, long tick, float dtS);
/// Sets each joint motor's speed toward its target (a servo) and its torque limit.
/// Motors already at rest are left untouched so that a still body can fall asleep.
void driveJoints(BabyBody& body, const MotorTargets& targets);

}  // namespace core
