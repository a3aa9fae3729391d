// Builds the skeleton: hand and foot targets per posture, hands and limb quality, solved with
// two-bone IK (elbows and knees bend outward), then placed on screen. Infant proportions (SENSORY
// §5): big head (~0.3 of the length), short tapering limbs, legs about a third of the length.
#include <algorithm>
#include <cmath>

#include "render/baby_rig.h"
#include "render/baby_scene.h"
#include "render/shapes.h"

namespace render {

using core::Hands;
using core::Limbs;
using core::Posture;

namespace {
constexpr float kTwoPi = 6.2831853f;
// Body-local units of heightPx; x outward from the midline (mirrored per side), y down.
constexpr float kHeadY = -0.25f, kHeadR = 0.17f;
constexpr float kShoulderX = 0.10f, kShoulderY = -0.06f;
constexpr float kHipX = 0.065f, kHipY = 0.17f;
constexpr float kUpperArm = 0.095f, kForearm = 0.088f;
constexpr float kThigh = 0.125f, kShin = 0.12f;

struct Targets {
    ImVec2 hand[2];
    ImVec2 foot[2];
    bool kneesUp = false;
};

ImVec2 side(ImVec2 p, int i) { return ImVec2(i == 0 ? -p.x : p.x, p.y); }

/// Elbow or knee for a two-bone chain, choosing the solution that scores best (outward).
ImVec2 solveJoint(ImVec2 root, ImVec2 target, float la, float lb, ImVec2 prefer) {
    ImVec2 d = sub(target, root);
    float dist = std::max(length(d), 0.0001f);
    const float reach = (la + lb) * 0.999f;
    if (dist > reach) dist = reach;
    const float cosA = std::clamp((la * la + dist * dist - lb * lb) / (2.0f * la * dist), -1.0f, 1.0f);
    const float a = std::acos(cosA);
    const float base = std::atan2(d.y, d.x);
    const ImVec2 j1 = add(root, ImVec2(std::cos(base + a) * la, std::sin(base + a) * la));
    const ImVec2 j2 = add(root, ImVec2(std::cos(base - a) * la, std::sin(base - a) * la));
    const float s1 = j1.x * prefer.x + j1.y * prefer.y, s2 = j2.x * prefer.x + j2.y * prefer.y;
    return s1 >= s2 ? j1 : j2;
}

/// Clamps the end so the chain can reach it.
ImVec2 reachable(ImVec2 root, ImVec2 target, float total) {
    const ImVec2 d = sub(target, root);
    const float len = length(d);
    if (len <= total * 0.999f) return target;
    return add(root, mul(d, total * 0.999f / len));
}

/// A jerky value: holds a random level, snapping to the next every 0.3 s.
float jerk(double t, int salt) {
    const double q = t / 0.3;
    const int n = static_cast<int>(std::floor(q));
    const float f = std::clamp(static_cast<float>(q - n) / 0.15f, 0.0f, 1.0f);
    return (hashNoise(n - 1, salt) + (hashNoise(n, salt) - hashNoise(n - 1, salt)) * f) * 2.0f - 1.0f;
}

void handTargets(Hands h, Targets& tg, const Anim& an, float mouthY) {
    const ImVec2 rest(0.18f, -0.04f);
    tg.hand[0] = tg.hand[1] = rest;
    switch (h) {
        case Hands::Open: tg.hand[0] = tg.hand[1] = ImVec2(0.25f, 0.05f); break;
        case Hands::Fists: tg.hand[0] = tg.hand[1] = ImVec2(0.215f, -0.15f); break;
        case Hands::Splayed:
            tg.hand[0] = ImVec2(0.33f, -0.10f);   // "airplane" arm
            tg.hand[1] = ImVec2(0.20f, -0.37f);   // salute by the face
            break;
        case Hands::ToMouth: tg.hand[1] = ImVec2(0.035f, mouthY + 0.01f); break;
        case Hands::ToEar: tg.hand[1] = ImVec2(0.165f, -0.29f); break;
        case Hands::RubEyes: {
            const float c = std::cos(static_cast<float>(an.t) * kTwoPi * 1.6f) * 0.012f * an.amp;
            const float s = std::sin(static_cast<float>(an.t) * kTwoPi * 1.6f) * 0.012f * an.amp;
            tg.hand[0] = ImVec2(0.06f + c, -0.30f + s);
            tg.hand[1] = ImVec2(0.06f - c, -0.30f - s);
            break;
        }
        case Hands::Reach: tg.hand[0] = tg.hand[1] = ImVec2(0.29f, -0.33f); break;
        case Hands::HoldToy:
            tg.hand[0] = ImVec2(0.07f, 0.0f);
            tg.hand[1] = ImVec2(0.10f, -0.03f);
            break;
        default: break;
    }
}

bool handNearFace(Hands h) {
    return h == Hands::ToMouth || h == Hands::ToEar || h == Hands::RubEyes || h == Hands::HoldToy;
}

void postureTargets(Posture p, Hands h, Targets& tg) {
    switch (p) {
        case Posture::Stretch:
            if (!handNearFace(h)) tg.hand[0] = tg.hand[1] = ImVec2(0.3f, -0.42f);
            tg.foot[0] = tg.foot[1] = ImVec2(0.07f, 0.45f);
            break;
        case Posture::Curled:
            if (!handNearFace(h)) tg.hand[0] = tg.hand[1] = ImVec2(0.05f, -0.07f);
            tg.foot[0] = tg.foot[1] = ImVec2(0.05f, 0.24f);
            break;
        case Posture::Arching: tg.foot[0] = tg.foot[1] = ImVec2(0.09f, 0.46f); break;
        case Posture::ShowToy: tg.hand[1] = ImVec2(0.27f, -0.33f); break;
        case Posture::PushAway: tg.hand[0] = tg.hand[1] = ImVec2(0.2f, -0.06f); break;
        case Posture::Prone:  // on the tummy: arms bent up beside the head, legs in a loose frog
            if (!handNearFace(h)) tg.hand[0] = tg.hand[1] = ImVec2(0.2f, -0.3f);
            tg.foot[0] = tg.foot[1] = ImVec2(0.2f, 0.36f);
            break;
        case Posture::HeadTurn:  // reaching after someone: both hands out toward the turned side
            if (h == Hands::Reach) {
                tg.hand[0] = ImVec2(-0.14f, -0.02f);  // screen-left arm across the chest
                tg.hand[1] = ImVec2(0.36f, -0.16f);
            }
            break;
        default: break;
    }
}

void limbTargets(Limbs l, Hands h, const Anim& an, float motion, Targets& tg) {
    const float t = static_cast<float>(an.t);
    const float m = std::clamp(motion, 0.0f, 1.0f) * an.amp;
    const bool keepHands = handNearFace(h);
    for (int i = 0; i < 2; ++i) {
        const float ph = i * 3.14159f;
        switch (l) {
            case Limbs::Smooth:
                tg.hand[i] = add(tg.hand[i], ImVec2(0.02f * m * std::sin(t * 2.4f + ph), 0.03f * m * std::sin(t * 1.9f + ph)));
                tg.foot[i].y -= 0.05f * m * (0.5f + 0.5f * std::sin(t * 2.0f + ph));
                break;
            case Limbs::Wriggle:
                tg.hand[i] = add(tg.hand[i], ImVec2(0.04f * m * std::sin(t * 4.1f + ph), 0.04f * m * std::sin(t * 3.3f + 1.7f * ph)));
                tg.foot[i] = add(tg.foot[i], ImVec2(0.04f * m * std::sin(t * 3.7f + ph), -0.08f * m * (0.5f + 0.5f * std::sin(t * 2.9f + ph))));
                break;
            case Limbs::Kicking: {
                const float k = 0.5f + 0.5f * std::sin(t * kTwoPi * 1.4f + ph);
                tg.foot[i] = ImVec2(0.10f + 0.06f * k, 0.46f - 0.2f * k * std::max(m, 0.4f));
                if (!keepHands) tg.hand[i] = add(tg.hand[i], ImVec2(0.05f * m * std::sin(t * 10.7f + ph), 0.07f * m * std::sin(t * 8.8f + ph)));
                break;
            }
            case Limbs::Jerky:
                if (!keepHands) tg.hand[i] = add(tg.hand[i], ImVec2(0.07f * m * jerk(an.t, 11 + i), 0.07f * m * jerk(an.t, 21 + i)));
                tg.foot[i] = add(tg.foot[i], ImVec2(0.05f * m * jerk(an.t, 31 + i), 0.09f * m * jerk(an.t, 41 + i)));
                break;
            case Limbs::Stiff:
                if (!keepHands && h != Hands::Splayed) tg.hand[i] = ImVec2(0.30f, 0.12f);
                tg.foot[i] = ImVec2(0.08f, 0.47f);
                tg.hand[i].x += 0.004f * an.amp * std::sin(t * 55.0f + ph);
                break;
            case Limbs::DrawnUp:
                tg.foot[i] = ImVec2(0.1f, 0.2f);
                break;
            case Limbs::Floppy:
                if (!keepHands) tg.hand[i] = ImVec2(0.33f, 0.14f);
                tg.foot[i] = ImVec2(0.25f, 0.40f);
                break;
            case Limbs::Shiver:
                if (!keepHands) tg.hand[i] = ImVec2(0.07f, -0.08f);
                tg.hand[i].x += 0.008f * an.amp * std::sin(t * 70.0f + ph);
                tg.foot[i] = ImVec2(0.06f + 0.008f * an.amp * std::sin(t * 63.0f + ph), 0.36f);
                break;
            case Limbs::Startle: {
                // Moro: ~0.5 s flung out, ~1 s back in, then rest; about every 3 s.
                const float p = std::fmod(t, 3.0f) / 3.0f;
                const float out = p < 0.55f ? 1.0f : (p < 0.85f ? 1.0f - (p - 0.55f) / 0.3f : 0.0f);
                tg.hand[i] = lerp2(tg.hand[i], ImVec2(0.40f, -0.30f), out);
                tg.foot[i] = lerp2(tg.foot[i], ImVec2(0.22f, 0.44f), out);
                break;
            }
            default: break;
        }
    }
}

void solveLimbs(Rig& r, const Targets& tg, float bodyAngle, ImVec2 c, float u) {
    auto place = [&](ImVec2 p) { return add(c, mul(rotate(p, bodyAngle), u)); };
    for (int i = 0; i < 2; ++i) {
        const ImVec2 sh = side(ImVec2(kShoulderX, kShoulderY), i);
        const ImVec2 hp = side(ImVec2(kHipX, kHipY), i);
        const ImVec2 hand = reachable(sh, side(tg.hand[i], i), kUpperArm + kForearm);
        const ImVec2 foot = reachable(hp, side(tg.foot[i], i), kThigh + kShin);
        const float s = i == 0 ? -1.0f : 1.0f;
        const ImVec2 elbow = solveJoint(sh, hand, kUpperArm, kForearm, ImVec2(s, 0.6f));
        const ImVec2 knee = solveJoint(hp, foot, kThigh, kShin, tg.kneesUp ? ImVec2(s * 0.3f, -1.0f) : ImVec2(s, -0.5f));
        r.arms[i] = {place(sh), place(elbow), place(hand)};
        r.legs[i] = {place(hp), place(knee), place(foot)};
        const ImVec2 fa = sub(r.arms[i].end, r.arms[i].joint);
        r.handAngleRad[i] = std::atan2(fa.y, fa.x);
    }
}

void headPose(const core::DepictionDef& d, const Anim& an, Rig& r) {
    const float t = static_cast<float>(an.t);
    switch (d.posture) {
        case Posture::HeadTurn: r.yaw = 0.55f; r.headRollRad = 0.08f; break;
        case Posture::TurnAway: r.yaw = -0.85f; r.headRollRad = -0.15f; r.pitch = -0.1f; break;
        case Posture::Arching: r.pitch = 0.75f; r.headRollRad = 0.35f; break;
        case Posture::Curled: r.pitch = -0.35f; r.headRollRad = 0.1f; break;
        case Posture::PushAway: r.yaw = -0.6f; r.headRollRad = -0.1f; break;
        case Posture::ShowToy: r.yaw = 0.15f; break;
        case Posture::Prone: r.yaw = -0.9f; r.headRollRad = -0.1f; break;
        default: break;
    }
    if (d.mouth == core::Mouth::Rooting) {
        r.yaw = 0.8f + 0.2f * std::sin(t * kTwoPi * 0.8f) * an.amp;
        r.headRollRad = 0.3f;
    }
    if (d.mouth == core::Mouth::Yawn) r.pitch += 0.35f * an.yawn;
    if (d.mouth == core::Mouth::Cry && d.voiceIntensity >= 0.85f) r.pitch += 0.15f;
    if (d.limbs == Limbs::Floppy) r.headRollRad += 0.3f;
    if (d.limbs == Limbs::Jerky) r.headRollRad += 0.05f * jerk(an.t, 51) * an.amp;
    r.pitch = std::clamp(r.pitch, -1.0f, 1.0f);
}
}  // namespace

Rig rigFromDepiction(const BabyLook& look, const Anim& an, ImVec2 c, float u) {
    const core::DepictionDef& d = look.depiction;
    Rig r;
    r.unitPx = u;
    headPose(d, an, r);
    Targets tg;
    tg.foot[0] = tg.foot[1] = ImVec2(0.16f, 0.40f);
    handTargets(d.hands, tg, an, kHeadY + kHeadR * 0.55f);
    postureTargets(d.posture, d.hands, tg);
    limbTargets(d.limbs, d.hands, an, d.motion, tg);
    if (d.place == core::Place::Floor && !look.held)  // sitting on the floor, legs splayed forward
        for (int i = 0; i < 2; ++i) tg.foot[i] = ImVec2(0.27f + 0.02f * std::sin(static_cast<float>(an.t) * 2.0f + i) * d.motion, 0.27f);
    tg.kneesUp = d.limbs == Limbs::DrawnUp || d.posture == Posture::Curled;
    r.kneesUp = tg.kneesUp;
    r.pushing = d.posture == Posture::PushAway;
    r.prone = d.posture == Posture::Prone && !look.held;
    float bodyAngle = 0.0f;
    if (d.posture == Posture::Curled) bodyAngle = 0.25f;
    if (d.posture == Posture::TurnAway) bodyAngle = -0.08f;
    const bool lying = !look.held && liesDown(d.place);
    if (lying) bodyAngle -= 1.5708f;  // lying flat, seen from above: head to the left, feet right
    else if (d.place == core::Place::Shoulder) bodyAngle = 0.12f, tg.hand[0] = tg.hand[1] = ImVec2(0.13f, -0.2f);
    else if (look.held) bodyAngle -= 1.3f;  // cradled across the arms, head to the upper left
    const float hicJolt = -0.012f * an.hic * an.amp;
    const ImVec2 cc = add(c, ImVec2(0.0f, hicJolt * u));
    auto place = [&](ImVec2 p) { return add(cc, mul(rotate(p, bodyAngle), u)); };
    solveLimbs(r, tg, bodyAngle, cc, u);
    float headDrop = 0.0f;
    if (look.held && !look.headSupported) { r.headRollRad -= 0.7f; r.pitch = 0.9f; headDrop = 0.03f; }
    const float arch = d.posture == Posture::Arching ? 1.0f : 0.0f;
    r.neck = place(ImVec2(0.0f, -0.09f));
    r.hips = place(ImVec2(0.0f, 0.17f));
    r.head = place(ImVec2(-0.05f * arch - headDrop, kHeadY - 0.03f * arch + headDrop));
    // Older babies: the head a little smaller relative to the body (SENSORY §5: 1/4 at birth).
    const float grow = std::clamp((static_cast<float>(look.ageWeeks) - 6.0f) / 46.0f, 0.0f, 1.0f);
    r.headR = kHeadR * u * (1.0f - 0.12f * grow);
    // In arms the head stays more upright; lying flat it tips a little toward the viewer so the face
    // still reads.
    r.headRollRad += look.held ? bodyAngle * 0.55f : (lying ? bodyAngle * 0.8f : bodyAngle);
    r.torsoHalfWidthPx = 0.13f * u * (1.0f + 0.035f * an.breath * an.amp);
    r.lying = lying;
    if (lying && d.lying == core::Lying::Side) {  // rocked onto one side: the body seen edge on
        r.torsoHalfWidthPx *= 0.72f;
        r.yaw = -0.9f;
        r.headRollRad -= 0.25f;
    }
    if (d.posture == Posture::ShowToy || d.hands == Hands::HoldToy) r.toyInHand = true;
    return r;
}

}  // namespace render
