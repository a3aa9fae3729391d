// The handling measurement: averaged proper acceleration, rough detection, rhythm and soothing.
#include "core/handling_meter.h"

#include <algorithm>
#include <cmath>

namespace core {
namespace {

constexpr float kGravityMS2 = 9.8f;
constexpr float kAverageS = 0.1f;  // TECH-NOTES: one-step values are spiky
constexpr float kGentleTimeConstantS = 0.5f;
constexpr float kRoughQuietS = 2.0f;  // no soothing for this long after rough handling
// Soothing weights [DESIGN from REFERENCE §5]: being held calms a little, rhythmic movement more,
// and the vertical bob of a walking carer most (the transport response; Esposito 2013,
// Ohmura 2022: walking calms, holding still does not).
constexpr float kHeldSupported = 0.2f, kHeldUnsupported = 0.1f;
constexpr float kRhythmicWeight = 0.4f, kWalkWeight = 0.3f;
constexpr float kMovingSpeedMS = 0.12f;  // mean hand speed that counts as fully moving
constexpr float kBobSpeedMS = 0.08f;     // mean vertical speed of a walking carer's arms
constexpr float kCadenceLowHz = 1.3f, kCadenceHighHz = 2.4f;  // human walking step rate

float clamp01(float v) {
    return std::clamp(v, 0.0f, 1.0f);
}

}  // namespace

HandlingMeter::HandlingMeter(const HandlingDef& def)
    : m_def(def), m_window(std::max(1, static_cast<int>(std::lround(kAverageS / def.dtS)))) {
    reset();
}

void HandlingMeter::reset() {
    const float peak = m_reading.peakAccelMS2;
    m_velocityRing.assign(static_cast<size_t>(m_window) * 4, 0.0f);
    m_samples = 0;
    m_heldS = 0.0f;
    m_sinceRoughS = 1e9f;
    m_kinematicEmaMS2 = m_handSpeedEmaMS = m_handVertSpeedEmaMS = 0.0f;
    m_lastHandXM = m_lastHandYM = 0.0f;
    m_rhythmX.reset();
    m_rhythmY.reset();
    m_reading = HandlingReading{};
    m_reading.peakAccelMS2 = peak;  // the peak belongs to the episode: only resetPeak clears it
}

void HandlingMeter::resetPeak() {
    m_reading.peakAccelMS2 = kGravityMS2;
}

HandlingMeter::Accel HandlingMeter::accelOver(int part, float vxMS, float vyMS) {
    if (m_samples < m_window) return {kGravityMS2, 0.0f};
    const size_t slot = static_cast<size_t>(m_samples % m_window) * 4 + part * 2;
    const float spanS = m_window * m_def.dtS;
    const float ax = (vxMS - m_velocityRing[slot]) / spanS;
    const float ay = (vyMS - m_velocityRing[slot + 1]) / spanS;
    return {std::hypot(ax, ay + kGravityMS2), std::hypot(ax, ay)};
}

void HandlingMeter::update(const MeterInput& in) {
    const Accel head = accelOver(0, in.headVxMS, in.headVyMS);
    const Accel torso = accelOver(1, in.torsoVxMS, in.torsoVyMS);
    const size_t slot = static_cast<size_t>(m_samples % m_window) * 4;
    m_velocityRing[slot] = in.headVxMS;
    m_velocityRing[slot + 1] = in.headVyMS;
    m_velocityRing[slot + 2] = in.torsoVxMS;
    m_velocityRing[slot + 3] = in.torsoVyMS;
    ++m_samples;

    HandlingReading& r = m_reading;
    r.accelMS2 = std::max(head.properMS2, torso.properMS2);
    if (in.held) m_heldS += m_def.dtS;
    const bool settled = in.held && m_heldS >= m_def.settleS;
    r.rough = settled && r.accelMS2 > m_def.roughAccelMS2;
    if (settled) r.peakAccelMS2 = std::max(r.peakAccelMS2, r.accelMS2);
    m_sinceRoughS = r.rough ? 0.0f : m_sinceRoughS + m_def.dtS;

    const float kinematic = std::max(head.kinematicMS2, torso.kinematicMS2);
    m_kinematicEmaMS2 += (kinematic - m_kinematicEmaMS2) * (m_def.dtS / kGentleTimeConstantS);
    r.gentleness =
        r.rough ? 0.0f : clamp01(1.0f - m_kinematicEmaMS2 / (m_def.roughAccelMS2 - kGravityMS2));
    updateRhythm(in);
    r.headSupported = in.headSupported;
    r.headLagRad = std::fabs(in.neckRad);
    r.headFlop = in.held && !in.headSupported && r.headLagRad > m_def.headFlopRad;
    r.soothing = soothing(in);
}

void HandlingMeter::updateRhythm(const MeterInput& in) {
    if (!in.held) return;
    const float dxM = in.handXM - m_lastHandXM, dyM = in.handYM - m_lastHandYM;
    const float k = m_def.dtS / kGentleTimeConstantS;
    if (m_heldS > m_def.dtS * 1.5f) {  // the first sample after a pick-up has no previous one
        m_handSpeedEmaMS += (std::hypot(dxM, dyM) / m_def.dtS - m_handSpeedEmaMS) * k;
        m_handVertSpeedEmaMS += (std::fabs(dyM) / m_def.dtS - m_handVertSpeedEmaMS) * k;
    }
    m_lastHandXM = in.handXM;
    m_lastHandYM = in.handYM;
    m_rhythmX.add(in.handXM, m_def.dtS);
    m_rhythmY.add(in.handYM, m_def.dtS);
    m_reading.rhythm = std::max(m_rhythmX.regularity(), m_rhythmY.regularity());
}

float HandlingMeter::soothing(const MeterInput& in) const {
    if (!in.held || m_sinceRoughS < kRoughQuietS) return 0.0f;
    const float held = in.headSupported ? kHeldSupported : kHeldUnsupported;
    const float rhythmic = m_reading.rhythm * clamp01(m_handSpeedEmaMS / kMovingSpeedMS);
    const float cadenceHz = m_rhythmY.frequencyHz();
    const bool walkingCadence = cadenceHz >= kCadenceLowHz && cadenceHz <= kCadenceHighHz;
    const float walk = walkingCadence
                           ? m_rhythmY.regularity() * clamp01(m_handVertSpeedEmaMS / kBobSpeedMS)
                           : 0.0f;
    const float calming = held + kRhythmicWeight * rhythmic + kWalkWeight * walk;
    return clamp01(calming * m_reading.gentleness);
}

}  // namespace core
