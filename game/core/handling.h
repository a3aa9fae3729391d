// The baby's body in Box2D: held, rocked or carried by the caregiver, and measured for gentleness.
#pragma once

#include <array>
#include <memory>

#include "core/depiction.h"

namespace core {

/// One sample of the caregiver's hands, taken every fixed step from input or a bot.
/// Positions are metres relative to the resting hold point; +y is up.
struct HandSample {
    float xM = 0.0f;
    float yM = 0.0f;
    bool headSupported = true;  ///< the hand under the head and neck
};

/// Where the body is: what the renderer draws. Positions in metres (y up), angles in radians.
struct BodyPose {
    enum Part { Head, Torso, UpperArmL, UpperArmR, ForearmL, ForearmR, ThighL, ThighR, ShinL, ShinR,
                kPartCount };
    std::array<float, kPartCount> xM{};
    std::array<float, kPartCount> yM{};
    std::array<float, kPartCount> angleRad{};
};

/// What the handling measurement says right now.
struct HandlingReading {
    float accelMS2 = 9.8f;       ///< proper acceleration of head or trunk (the higher), 0.1 s avg, m/s^2
    float peakAccelMS2 = 9.8f;   ///< highest accelMS2 since the last reset, after settling
    float rhythm = 0.0f;         ///< 0..1, how regular the recent movement is
    float gentleness = 1.0f;     ///< 0..1, 1 = smooth and soft
    float soothing = 0.0f;       ///< 0..1, how much the current handling calms (walk > rock > still)
    float headLagRad = 0.0f;     ///< |head angle relative to the torso|, radians
    bool headSupported = true;
    bool rough = false;          ///< rough handling or shaking on this step (a level, not an edge)
    bool headFlop = false;       ///< head fell back unsupported on this step (a level)
};

/// Tuning for the body and the thresholds. Defaults are the shipped values.
struct HandlingDef {
    float dtS = 1.0f / 60.0f;
    float settleS = 2.0f;            ///< ignore measurements while the bodies settle
    float roughAccelMS2 = 30.0f;     ///< averaged proper acceleration that counts as rough
    float headFlopRad = 0.9f;        ///< head lag that counts as unsupported flop
    float massKg = 4.5f;             ///< whole baby
};

/// The Box2D body and its measurement. Owns its own b2World; no globals.
class Handling {
public:
    explicit Handling(const HandlingDef& def = {});
    ~Handling();
    Handling(const Handling&) = delete;
    Handling& operator=(const Handling&) = delete;

    /// Moves the baby into the caregiver's arms (true) or lays it on its back in the cot (false).
    void setHeld(bool held);
    /// True while in arms.
    bool isHeld() const;
    /// Sets what the body should do (kicking, arching, hand to mouth ...) from a cue's depiction.
    void setIntent(Limbs limbs, Hands hands, Posture posture, float motion);
    /// Advances one fixed step with this hand sample (ignored while in the cot).
    void step(const HandSample& hand);
    /// The latest measurement.
    const HandlingReading& reading() const;
    /// Clears the peak so a new episode starts fresh.
    void resetPeak();
    /// Body part transforms for drawing.
    BodyPose pose() const;
    /// Number of b2World::Step calls (for benchmarks and tests); asleep and still, step() skips it.
    long stepCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// One call into the body, recorded so a benchmark can replay the same physics alone.
struct HandlingCall {
    bool held = false;
    Limbs limbs = Limbs::Still;
    Hands hands = Hands::Relaxed;
    Posture posture = Posture::Neutral;
    float motion = 0.0f;
    HandSample sample;
};

/// Synthesised gestures for bots and keyboard play: a hand sample at time tS for a style.
/// Styles: "still", "rock" (gentle ~0.7 Hz sway), "walk" (~1.8 Hz bob and sway), "jiggle"
/// (small fast Karp-style jiggle), "rough" (jerky), "shake" (violent, for tests of detection).
HandSample synthGesture(const char* style, double tS, bool headSupported = true);

}  // namespace core
