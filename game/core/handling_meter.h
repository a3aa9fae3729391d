// Turns the body's motion and the hand's path into a HandlingReading (rough, rhythm, soothing).
#pragma once

#include <vector>

#include "core/handling.h"
#include "core/rhythm_tracker.h"

namespace core {

/// What the meter sees after one physics step. Velocities m/s, positions m, angles rad.
struct MeterInput {
    float headVxMS = 0.0f, headVyMS = 0.0f;
    float torsoVxMS = 0.0f, torsoVyMS = 0.0f;
    float handXM = 0.0f, handYM = 0.0f;
    float neckRad = 0.0f;
    bool headSupported = true;
    bool held = false;
};

/// The handling measurement of TECH-NOTES "Box2D 2.4.1": proper acceleration |dv/dt - g| over
/// ~0.1 s, ignoring the first settleS after a pick-up. Knows nothing about Box2D.
class HandlingMeter {
  public:
    explicit HandlingMeter(const HandlingDef& def);
    /// Starts afresh, e.g. on a pick-up or put-down; the settling time starts again.
    void reset();
    /// Clears the peak only.
    void resetPeak();
    /// Adds one fixed step.
    void update(const MeterInput& in);
    /// The latest reading.
    const HandlingReading& reading() const { return m_reading; }

  private:
    struct Accel {
        float properMS2;
        float kinematicMS2;
    };
    Accel accelOver(int part, float vxMS, float vyMS);
    void updateRhythm(const MeterInput& in);
    float soothing(const MeterInput& in) const;

    HandlingDef m_def;
    int m_window = 6;                   // steps in ~0.1 s
    std::vector<float> m_velocityRing;  // [step][head vx, vy, torso vx, vy]
    long m_samples = 0;
    float m_heldS = 0.0f;
    float m_sinceRoughS = 1e9f;
    float m_kinematicEmaMS2 = 0.0f;
    float m_handSpeedEmaMS = 0.0f;
    float m_handVertSpeedEmaMS = 0.0f;
    float m_lastHandXM = 0.0f, m_lastHandYM = 0.0f;
    RhythmTracker m_rhythmX, m_rhythmY;
    HandlingReading m_reading;
};

}  // namespace core
