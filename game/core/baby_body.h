// Builds the infant's ten-part Box2D body (head, trunk, limbs) and places it in a pose.
#pragma once

#include <array>

#include <box2d/box2d.h>

#include "core/handling.h"

namespace core {

/// The body's revolute joints; each drives one part against its parent.
enum BabyJoint {
    Neck,
    ShoulderL,
    ShoulderR,
    ElbowL,
    ElbowR,
    HipL,
    HipR,
    KneeL,
    KneeR,
    kJointCount
};

/// One angle per joint, radians, child relative to parent (0 = limb straight along the trunk).
/// Neck: + falls back (extension), - chin to chest. Hips/shoulders: + flexed up over the belly.
/// Knees: - bent. Elbows: + bent.
using JointAngles = std::array<float, kJointCount>;

/// The Box2D bodies and joints of one baby. Owned by the b2World that built them.
struct BabyBody {
    std::array<b2Body*, BodyPose::kPartCount> parts{};
    std::array<b2RevoluteJoint*, kJointCount> joints{};
};

/// Height of the trunk's and the head's lowest point below the trunk centre, metres.
inline constexpr float kBabyBackDepthM = 0.06f;

/// The relaxed, flexed newborn posture (hips and elbows bent, head midline).
JointAngles restAngles();
/// Builds the body lying on its back with the trunk at the origin; massKg is the whole baby.
BabyBody buildBabyBody(b2World& world, float massKg);
/// Where every part is when the joints have angles q and the trunk centre is at torsoM.
BodyPose bodyPoseFor(const JointAngles& q, b2Vec2 torsoM);
/// Teleports every part so the joints have angles q and the trunk centre is at torsoM; stops
/// motion.
void placeBabyBody(BabyBody& body, const JointAngles& q, b2Vec2 torsoM);
/// True when every part of the body is asleep.
bool isBabyAsleep(const BabyBody& body);

}  // namespace core
