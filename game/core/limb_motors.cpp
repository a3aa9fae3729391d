// Deterministic movement patterns per cue (kicking, jerky, startle ...) as joint-motor targets.
#include "core/limb_motors.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace core {
namespace {

constexpr float kTwoPi = 6.28318531f;
constexpr float kServoGainPerS = 12.0f;  // joint speed per radian of error
constexpr float kServoMaxSpeedRadS = 10.0f;
constexpr float kServoDeadbandRad = 0.01f;  // close enough: stop the motor so the body can sleep

// Resting muscle tone: the most torque each joint's motor may use, N·m for a 4.5 kg baby.
// The neck holds the head up against gravity (~0.7 N·m) but gives way at about 1.5 g.
constexpr JointAngles kBaseToneNm{1.0f, 0.4f, 0.4f, 0.15f, 0.15f, 0.8f, 0.8f, 0.3f, 0.3f};

float hash01(std::uint32_t a, std::uint32_t b) {
    std::uint32_t h = a * 0x9E3779B1u ^ (b + 0x7F4A7C15u) * 0x85EBCA77u;
    h ^= h >> 15;
    h *= 0x2C1B3C6Du;
    h ^= h >> 12;
    return static_cast<float>(h & 0xFFFFFFu) / 16777216.0f;
}

void setPair(JointAngles& q, BabyJoint left, float valueRad) {
    q[left] = valueRad;
    q[left + 1] = valueRad;
}

void limbsAt(JointAngles& q, float hipRad, float kneeRad, float shoulderRad, float elbowRad) {
    setPair(q, HipL, hipRad);
    setPair(q, KneeL, kneeRad);
    setPair(q, ShoulderL, shoulderRad);
    setPair(q, ElbowL, elbowRad);
}

void waves(JointAngles& q, float tS, float hz, float amp) {
    for (int side = 0; side < 2; ++side) {
        const float ph = kTwoPi * hz * tS + 2.2f * static_cast<float>(side);
        q[HipL + side] += 0.35f * amp * std::sin(ph);
        q[KneeL + side] -= 0.45f * amp * std::sin(ph + 0.4f);
        q[ShoulderL + side] += 0.3f * amp * std::sin(0.8f * ph + 1.0f);
        q[ElbowL + side] += 0.3f * amp * std::sin(0.7f * ph + 2.0f);
    }
}

void kicks(JointAngles& q, float tS, float amp) {
    constexpr float kKickHz = 1.25f;  // alternating legs
    for (int side = 0; side < 2; ++side) {
        const float s = 0.5f + 0.5f * std::sin(kTwoPi * kKickHz * tS + b2_pi * side);
        q[HipL + side] = 1.2f - 1.0f * amp * s;
        q[KneeL + side] = -1.6f + 1.4f * amp * s;
    }
    waves(q, tS, 0.4f, 0.4f * amp);
}

void jerks(JointAngles& q, long tick, float amp) {
    for (int j = ShoulderL; j < kJointCount; ++j) {
        const long block = (tick + 7L * j) / 15;  // a new target every 0.25 s, staggered
        q[j] += (hash01(static_cast<std::uint32_t>(block), static_cast<std::uint32_t>(j)) - 0.5f) *
                1.4f * amp;
    }
}

void startle(JointAngles& q, float tS) {
    const float u = std::fmod(tS, 3.0f);  // Moro: fling out, clutch back in, rest
    if (u < 0.35f) {
        setPair(q, ShoulderL, 1.7f);
        setPair(q, ElbowL, 0.15f);
        setPair(q, HipL, 0.15f);
        setPair(q, KneeL, -0.2f);
        q[Neck] = 0.5f;
    } else if (u < 1.2f) {
        setPair(q, ShoulderL, 0.8f);
        setPair(q, ElbowL, 2.2f);
    }
}

float limbPattern(JointAngles& q, const LimbIntent& in, long tick, float tS) {
    const float amp = 0.3f + 0.7f * std::clamp(in.motion, 0.0f, 1.0f);
    switch (in.limbs) {
        case Limbs::Still:
            return 1.0f;
        case Limbs::Smooth:
            waves(q, tS, 0.25f, amp);
            return 1.0f;
        case Limbs::Wriggle:
            waves(q, tS, 0.7f, amp);
            return 1.2f;
        case Limbs::Kicking:
            kicks(q, tS, amp);
            return 1.5f;
        case Limbs::Jerky:
            jerks(q, tick, amp);
            return 1.3f;
        case Limbs::Stiff:
            limbsAt(q, 0.05f, -0.05f, -0.2f, 0.2f);  // extended
            q[Neck] = 0.3f;
            return 2.5f;
        case Limbs::DrawnUp:
            limbsAt(q, 2.0f, -2.2f, 0.6f, 2.3f);  // legs pulled to the tummy
            return 1.5f;
        case Limbs::Floppy:
            return 0.05f;
        case Limbs::Shiver:
            for (int j = ShoulderL; j < kJointCount; ++j)
                q[j] += 0.06f * std::sin(kTwoPi * 7.0f * tS + j);
            return 1.0f;
        case Limbs::Startle:
            startle(q, tS);
            return 2.0f;
    }
    return 1.0f;
}

void handPose(JointAngles& q, Hands hands) {
    switch (hands) {
        case Hands::ToMouth:
            q[ShoulderL] = 1.0f;
            q[ElbowL] = 2.6f;
            break;
        case Hands::ToEar:
        case Hands::RubEyes:
            setPair(q, ShoulderL, 1.3f);
            setPair(q, ElbowL, 2.6f);
            break;
        case Hands::Reach:
            q[ShoulderL] = 1.4f;
            q[ElbowL] = 0.3f;
            break;
        default:
            break;
    }
}

void posturePose(JointAngles& q, Posture posture) {
    switch (posture) {
        case Posture::Arching:  // trunk and neck extended back, legs pressed down
            q[Neck] = 0.7f;
            setPair(q, HipL, -0.3f);
            setPair(q, KneeL, -0.1f);
            break;
        case Posture::TurnAway:
            q[Neck] = -0.3f;
            break;
        case Posture::HeadTurn:
            q[Neck] = -0.15f;
            break;
        case Posture::Curled:
            q[Neck] = -0.4f;
            setPair(q, HipL, 1.8f);
            setPair(q, KneeL, -2.1f);
            setPair(q, ElbowL, 2.4f);
            break;
        case Posture::Stretch:
            setPair(q, HipL, 0.1f);
            setPair(q, KneeL, -0.1f);
            setPair(q, ShoulderL, 2.2f);
            setPair(q, ElbowL, 0.3f);
            break;
        case Posture::PushAway:
            setPair(q, ShoulderL, 1.5f);
            setPair(q, ElbowL, 0.1f);
            break;
        case Posture::Prone:  // on the tummy: arms bent up beside the head, hips and knees loosely bent
            setPair(q, ShoulderL, 2.0f);
            setPair(q, ElbowL, 1.8f);
            setPair(q, HipL, 0.6f);
            setPair(q, KneeL, -0.9f);
            break;
        case Posture::Standing:  // on its feet: hips and knees straight
            setPair(q, HipL, 0.0f);
            setPair(q, KneeL, 0.0f);
            break;
        default:
            break;
    }
}

}  // namespace

bool isIntentMoving(const LimbIntent& intent) {
    switch (intent.limbs) {
        case Limbs::Smooth:
        case Limbs::Wriggle:
        case Limbs::Kicking:
        case Limbs::Jerky:
        case Limbs::Shiver:
        case Limbs::Startle:
            return true;
        default:
            return false;
    }
}

MotorTargets motorTargets(const LimbIntent& intent, long tick, float dtS) {
    MotorTargets out;
    out.angleRad = restAngles();
    const float tS = static_cast<float>(static_cast<double>(tick) * dtS);
    const float tone = limbPattern(out.angleRad, intent, tick, tS);
    handPose(out.angleRad, intent.hands);
    posturePose(out.angleRad, intent.posture);
    for (int j = 0; j < kJointCount; ++j) out.maxTorqueNm[j] = kBaseToneNm[j] * tone;
    if (intent.posture == Posture::Arching) out.maxTorqueNm[Neck] = 2.0f * kBaseToneNm[Neck];
    return out;
}

void driveJoints(BabyBody& body, const MotorTargets& targets) {
    for (int j = 0; j < kJointCount; ++j) {
        b2RevoluteJoint* joint = body.joints[j];
        const float errRad = targets.angleRad[j] - joint->GetJointAngle();
        float speed = std::clamp(kServoGainPerS * errRad, -kServoMaxSpeedRadS, kServoMaxSpeedRadS);
        if (std::fabs(errRad) < kServoDeadbandRad) speed = 0.0f;
        if (speed != joint->GetMotorSpeed()) joint->SetMotorSpeed(speed);  // wakes the bodies
        if (targets.maxTorqueNm[j] != joint->GetMaxMotorTorque())
            joint->SetMaxMotorTorque(targets.maxTorqueNm[j]);
    }
}

}  // namespace core
