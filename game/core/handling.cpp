// The Handling facade: one b2World with the baby and the carer's cradling arm. In the cot there is
// nothing to measure, so the pose follows the same motor targets kinematically, with no Box2D step.
#include "core/handling.h"

#include <algorithm>

#include <box2d/box2d.h>

#include "core/baby_body.h"
#include "core/handling_meter.h"
#include "core/limb_motors.h"

namespace core {
namespace {

constexpr float kGravityMS2 = -9.8f;
// Held, the body has no contacts, only joints; 6/2 iterations are stable and cheaper than 8/3.
constexpr int kVelocityIterations = 6;
constexpr int kPositionIterations = 2;
constexpr float kTrunkHoldHz = 3.0f;  // the arm lets the trunk roll a little
constexpr float kTrunkHoldDampingRatio = 0.7f;
constexpr float kSupportedNeckTorqueNm = 8.0f;  // the hand under the head
constexpr float kSupportedNeckRangeRad = 0.35f;

b2Body* makeCradle(b2World& world) {
    b2BodyDef bd;
    bd.type = b2_kinematicBody;
    bd.enabled = false;  // only in the carer's arms
    return world.CreateBody(&bd);
}

}  // namespace

struct Handling::Impl {
    explicit Impl(const HandlingDef& d)
        : def(d),
          world(b2Vec2(0.0f, kGravityMS2)),
          baby(buildBabyBody(world, d.massKg)),
          cradle(makeCradle(world)),
          meter(d) {
        world.SetAllowSleeping(true);
        world.SetContinuousPhysics(false);  // nothing here is small and fast enough to tunnel
    }

    void pickUp();
    void layDown();
    void moveCradle(const HandSample& hand);
    void driveMotors(bool headSupported);
    bool canSkipStep(const HandSample& hand) const;
    void stepInCot();
    void measure(const HandSample& hand);

    HandlingDef def;
    b2World world;
    BabyBody baby;
    b2Body* cradle;
    JointAngles cotAngles = restAngles();  ///< the pose in the cot, servoed toward the intent
    b2WeldJoint* trunkHold = nullptr;
    HandlingMeter meter;
    LimbIntent intent;
    bool intentDirty = true;
    bool held = false;
    HandSample lastHand;
    long boxSteps = 0;
    long ticks = 0;
};

void Handling::Impl::pickUp() {
    held = true;
    cradle->SetEnabled(true);
    cradle->SetTransform({0.0f, 0.0f}, 0.0f);
    cradle->SetLinearVelocity({0.0f, 0.0f});
    placeBabyBody(baby, restAngles(), {0.0f, 0.0f});
    b2Body* trunk = baby.parts[BodyPose::Torso];
    b2WeldJointDef wd;
    wd.Initialize(cradle, trunk, trunk->GetPosition());
    b2AngularStiffness(wd.stiffness, wd.damping, kTrunkHoldHz, kTrunkHoldDampingRatio, cradle,
                       trunk);
    trunkHold = static_cast<b2WeldJoint*>(world.CreateJoint(&wd));
    meter.reset();
    intentDirty = true;
}

void Handling::Impl::layDown() {
    held = false;
    if (trunkHold) world.DestroyJoint(trunkHold);
    trunkHold = nullptr;
    cradle->SetEnabled(false);
    placeBabyBody(baby, restAngles(), {0.0f, 0.0f});
    cotAngles = restAngles();
    meter.reset();
    intentDirty = true;
}

void Handling::Impl::moveCradle(const HandSample& hand) {
    // Kinematic: the velocity that lands exactly on this step's hand sample.
    const b2Vec2 toTarget = b2Vec2(hand.xM, hand.yM) - cradle->GetPosition();
    cradle->SetLinearVelocity((1.0f / def.dtS) * toTarget);
}

void Handling::Impl::driveMotors(bool headSupported) {
    MotorTargets targets = motorTargets(intent, ticks, def.dtS);
    if (headSupported) {  // the hand keeps the head in line but lets it turn a little
        float& neck = targets.angleRad[Neck];
        neck = std::clamp(neck, -kSupportedNeckRangeRad, kSupportedNeckRangeRad);
        targets.maxTorqueNm[Neck] = kSupportedNeckTorqueNm;
    }
    driveJoints(baby, targets);
}

void Handling::Impl::stepInCot() {
    // A first-order servo with the joint motors' responsiveness, ~0.1 s to close most of a gap.
    constexpr float kServoPerS = 10.0f;
    const MotorTargets targets = motorTargets(intent, ticks, def.dtS);
    const float gain = std::min(1.0f, kServoPerS * def.dtS);
    for (int j = 0; j < kJointCount; ++j)
        cotAngles[j] += (targets.angleRad[j] - cotAngles[j]) * gain;
    intentDirty = false;
}

bool Handling::Impl::canSkipStep(const HandSample& hand) const {
    const bool handStill = !held || (hand.xM == lastHand.xM && hand.yM == lastHand.yM &&
                                     hand.headSupported == lastHand.headSupported);
    return handStill && !intentDirty && !isIntentMoving(intent) && isBabyAsleep(baby) &&
           (!held || !cradle->IsAwake());
}

void Handling::Impl::measure(const HandSample& hand) {
    MeterInput in;
    const b2Vec2 vHead = baby.parts[BodyPose::Head]->GetLinearVelocity();
    const b2Vec2 vTrunk = baby.parts[BodyPose::Torso]->GetLinearVelocity();
    in.headVxMS = vHead.x;
    in.headVyMS = vHead.y;
    in.torsoVxMS = vTrunk.x;
    in.torsoVyMS = vTrunk.y;
    in.handXM = hand.xM;
    in.handYM = hand.yM;
    in.neckRad = baby.joints[Neck]->GetJointAngle();
    in.headSupported = held ? hand.headSupported : true;
    in.held = held;
    meter.update(in);
}

Handling::Handling(const HandlingDef& def) : m_impl(std::make_unique<Impl>(def)) {}

Handling::~Handling() = default;

void Handling::setHeld(bool held) {
    if (held == m_impl->held) return;
    if (held)
        m_impl->pickUp();
    else
        m_impl->layDown();
}

bool Handling::isHeld() const {
    return m_impl->held;
}

void Handling::setIntent(Limbs limbs, Hands hands, Posture posture, float motion) {
    const LimbIntent next{limbs, hands, posture, motion};
    if (next == m_impl->intent) return;
    m_impl->intent = next;
    m_impl->intentDirty = true;
}

void Handling::step(const HandSample& hand) {
    Impl& s = *m_impl;
    ++s.ticks;
    if (!s.held) {
        s.stepInCot();
        return;
    }
    // Asleep with a still intent and a still hand (or in the cot): nothing can move, so skip the
    // physics; in arms the meter still runs (settling time, rhythm) on the resting velocities.
    if (s.canSkipStep(hand)) {
        if (s.held) s.measure(hand);
        return;
    }
    s.lastHand = hand;
    if (s.held) s.moveCradle(hand);
    s.driveMotors(s.held && hand.headSupported);
    s.world.Step(s.def.dtS, kVelocityIterations, kPositionIterations);
    ++s.boxSteps;
    s.intentDirty = false;
    s.measure(hand);
}

const HandlingReading& Handling::reading() const {
    return m_impl->meter.reading();
}

void Handling::resetPeak() {
    m_impl->meter.resetPeak();
}

BodyPose Handling::pose() const {
    if (!m_impl->held) return bodyPoseFor(m_impl->cotAngles, {0.0f, 0.0f});
    BodyPose pose;
    for (int p = 0; p < BodyPose::kPartCount; ++p) {
        const b2Body* body = m_impl->baby.parts[p];
        pose.xM[p] = body->GetPosition().x;
        pose.yM[p] = body->GetPosition().y;
        pose.angleRad[p] = body->GetAngle();
    }
    return pose;
}

long Handling::stepCount() const {
    return m_impl->boxSteps;
}

}  // namespace core
