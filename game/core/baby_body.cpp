// Builds the infant's ten-part Box2D body from newborn proportions and places it in a pose.
#include "core/baby_body.h"

#include <cassert>

namespace core {
namespace {

// A ~6-week baby, side view, lying on its back, head towards -x (SENSORY.md §5):
// length ~0.56 m, head ~1/4 of it (0.14 m), legs ~1/3 (0.20 m), crown-pubis : pubis-sole ~1.7.
constexpr float kHeadRadiusM = 0.07f;
constexpr float kTorsoHalfLenM = 0.105f;
constexpr float kTorsoHalfDepthM = kBabyBackDepthM;
constexpr float kUpperArmHalfLenM = 0.04f, kUpperArmHalfThickM = 0.018f;
constexpr float kForearmHalfLenM = 0.04f, kForearmHalfThickM = 0.016f;  // includes the hand
constexpr float kThighHalfLenM = 0.05f, kThighHalfThickM = 0.025f;
constexpr float kShinHalfLenM = 0.05f, kShinHalfThickM = 0.02f;  // includes the foot

// Share of the whole mass per part (a newborn's head is about a fifth of its weight).
constexpr std::array<float, BodyPose::kPartCount> kMassShare{0.22f,  0.46f, 0.03f, 0.03f,  0.025f,
                                                             0.025f, 0.06f, 0.06f, 0.045f, 0.045f};

struct JointSpec {
    BodyPose::Part parent;
    BodyPose::Part child;
    b2Vec2 anchorOnParentM;
    b2Vec2 anchorOnChildM;
    float lowerRad;
    float upperRad;
};

// Parents come before children, so a single pass places the whole chain.
const std::array<JointSpec, kJointCount> kJoints{{
    {BodyPose::Torso, BodyPose::Head, {-kTorsoHalfLenM, 0.01f}, {kHeadRadiusM, 0.0f}, -1.0f, 1.4f},
    {BodyPose::Torso,
     BodyPose::UpperArmL,
     {-0.07f, 0.03f},
     {-kUpperArmHalfLenM, 0.0f},
     -0.6f,
     3.0f},
    {BodyPose::Torso,
     BodyPose::UpperArmR,
     {-0.07f, 0.03f},
     {-kUpperArmHalfLenM, 0.0f},
     -0.6f,
     3.0f},
    {BodyPose::UpperArmL,
     BodyPose::ForearmL,
     {kUpperArmHalfLenM, 0.0f},
     {-kForearmHalfLenM, 0.0f},
     0.0f,
     2.6f},
    {BodyPose::UpperArmR,
     BodyPose::ForearmR,
     {kUpperArmHalfLenM, 0.0f},
     {-kForearmHalfLenM, 0.0f},
     0.0f,
     2.6f},
    {BodyPose::Torso,
     BodyPose::ThighL,
     {kTorsoHalfLenM - 0.005f, 0.0f},
     {-kThighHalfLenM, 0.0f},
     -0.5f,
     2.2f},
    {BodyPose::Torso,
     BodyPose::ThighR,
     {kTorsoHalfLenM - 0.005f, 0.0f},
     {-kThighHalfLenM, 0.0f},
     -0.5f,
     2.2f},
    {BodyPose::ThighL,
     BodyPose::ShinL,
     {kThighHalfLenM, 0.0f},
     {-kShinHalfLenM, 0.0f},
     -2.4f,
     0.0f},
    {BodyPose::ThighR,
     BodyPose::ShinR,
     {kThighHalfLenM, 0.0f},
     {-kShinHalfLenM, 0.0f},
     -2.4f,
     0.0f},
}};

b2Vec2 halfExtentsM(int part) {
    switch (part) {
        case BodyPose::Torso:
            return {kTorsoHalfLenM, kTorsoHalfDepthM};
        case BodyPose::UpperArmL:
        case BodyPose::UpperArmR:
            return {kUpperArmHalfLenM, kUpperArmHalfThickM};
        case BodyPose::ForearmL:
        case BodyPose::ForearmR:
            return {kForearmHalfLenM, kForearmHalfThickM};
        case BodyPose::ThighL:
        case BodyPose::ThighR:
            return {kThighHalfLenM, kThighHalfThickM};
        default:
            return {kShinHalfLenM, kShinHalfThickM};
    }
}

b2Body* buildPart(b2World& world, int part, float massKg) {
    b2BodyDef bd;
    bd.type = b2_dynamicBody;
    bd.angularDamping = 0.5f;  // soft tissue: limbs don't swing like pendulums
    b2Body* body = world.CreateBody(&bd);
    b2FixtureDef fd;
    fd.friction = 0.7f;
    fd.filter.groupIndex = -1;  // parts overlap in the side view: never collide with each other
    b2CircleShape circle;
    b2PolygonShape box;
    if (part == BodyPose::Head) {
        circle.m_radius = kHeadRadiusM;
        fd.shape = &circle;
        fd.density = massKg / (b2_pi * kHeadRadiusM * kHeadRadiusM);
    } else {
        const b2Vec2 h = halfExtentsM(part);
        box.SetAsBox(h.x, h.y);
        fd.shape = &box;
        fd.density = massKg / (4.0f * h.x * h.y);
    }
    body->CreateFixture(&fd);
    return body;
}

b2RevoluteJoint* buildJoint(b2World& world, const BabyBody& body, const JointSpec& spec) {
    b2RevoluteJointDef jd;
    jd.bodyA = body.parts[spec.parent];
    jd.bodyB = body.parts[spec.child];
    jd.localAnchorA = spec.anchorOnParentM;
    jd.localAnchorB = spec.anchorOnChildM;
    jd.referenceAngle = 0.0f;
    jd.enableLimit = true;
    jd.lowerAngle = spec.lowerRad;
    jd.upperAngle = spec.upperRad;
    jd.enableMotor = true;
    jd.maxMotorTorque = 0.0f;
    return static_cast<b2RevoluteJoint*>(world.CreateJoint(&jd));
}

}  // namespace

JointAngles restAngles() {
    JointAngles q{};
    q[Neck] = 0.0f;
    q[ShoulderL] = q[ShoulderR] = 0.3f;
    q[ElbowL] = q[ElbowR] = 1.9f;
    q[HipL] = q[HipR] = 0.6f;
    q[KneeL] = q[KneeR] = -1.0f;
    return q;
}

BabyBody buildBabyBody(b2World& world, float massKg) {
    assert(massKg > 0.0f && "the baby needs a mass");
    BabyBody body;
    for (int p = 0; p < BodyPose::kPartCount; ++p)
        body.parts[p] = buildPart(world, p, massKg * kMassShare[p]);
    for (int j = 0; j < kJointCount; ++j) body.joints[j] = buildJoint(world, body, kJoints[j]);
    placeBabyBody(body, restAngles(), {0.0f, 0.0f});
    return body;
}

BodyPose bodyPoseFor(const JointAngles& q, b2Vec2 torsoM) {
    std::array<b2Vec2, BodyPose::kPartCount> pos{};
    BodyPose pose;
    pos[BodyPose::Torso] = torsoM;
    for (int j = 0; j < kJointCount; ++j) {
        const JointSpec& s = kJoints[j];
        pose.angleRad[s.child] = pose.angleRad[s.parent] + q[j];
        const b2Vec2 anchor =
            pos[s.parent] + b2Mul(b2Rot(pose.angleRad[s.parent]), s.anchorOnParentM);
        pos[s.child] = anchor - b2Mul(b2Rot(pose.angleRad[s.child]), s.anchorOnChildM);
    }
    for (int p = 0; p < BodyPose::kPartCount; ++p) {
        pose.xM[p] = pos[p].x;
        pose.yM[p] = pos[p].y;
    }
    return pose;
}

void placeBabyBody(BabyBody& body, const JointAngles& q, b2Vec2 torsoM) {
    const BodyPose pose = bodyPoseFor(q, torsoM);
    for (int p = 0; p < BodyPose::kPartCount; ++p) {
        body.parts[p]->SetTransform({pose.xM[p], pose.yM[p]}, pose.angleRad[p]);
        body.parts[p]->SetLinearVelocity({0.0f, 0.0f});
        body.parts[p]->SetAngularVelocity(0.0f);
        body.parts[p]->SetAwake(true);
    }
}

bool isBabyAsleep(const BabyBody& body) {
    for (const b2Body* part : body.parts)
        if (part->IsAwake()) return false;
    return true;
}

}  // namespace core
