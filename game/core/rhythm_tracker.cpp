// Regularity of a movement from the variance of its zero-crossing intervals.
#include "core/rhythm_tracker.h"

#include <algorithm>
#include <cmath>

namespace core {
namespace {

constexpr float kMeanTimeConstantS = 1.5f;  // slower than any soothing rhythm (>= 0.5 Hz)
constexpr float kHysteresisM = 0.003f;      // hand tremor below 3 mm is not a movement
constexpr float kIrregularCv = 0.2f;        // interval spread (std/mean) that counts as no rhythm
constexpr int kMinIntervals = 3;

}  // namespace

void RhythmTracker::reset() {
    *this = RhythmTracker{};
}

void RhythmTracker::add(float valueM, float dtS) {
    m_tS += dtS;
    if (!m_primed) {
        m_meanM = valueM;
        m_primed = true;
    }
    m_meanM += (valueM - m_meanM) * std::min(1.0f, dtS / kMeanTimeConstantS);
    const float d = valueM - m_meanM;
    if (d > kHysteresisM && m_side <= 0) {
        if (m_side < 0) recordCrossing();
        m_side = 1;
    } else if (d < -kHysteresisM) {
        m_side = -1;
    }
    // A rhythm that stopped is no rhythm: fade out after two and a half missed periods.
    if (m_count > 0) {
        const double periodS = m_frequencyHz > 0.0f ? 1.0 / m_frequencyHz : 1.0;
        if (m_tS - m_crossingS[(m_count - 1) % kCrossings] > std::max(2.0, 2.5 * periodS)) {
            m_regularity = 0.0f;
            m_frequencyHz = 0.0f;
            m_count = 0;
        }
    }
}

void RhythmTracker::recordCrossing() {
    m_crossingS[m_count % kCrossings] = m_tS;
    ++m_count;
    evaluate();
}

void RhythmTracker::evaluate() {
    const int n = std::min(m_count, kCrossings);
    if (n - 1 < kMinIntervals) return;
    double sum = 0.0, sumSq = 0.0;
    for (int i = m_count - n + 1; i < m_count; ++i) {
        const double interval = m_crossingS[i % kCrossings] - m_crossingS[(i - 1) % kCrossings];
        sum += interval;
        sumSq += interval * interval;
    }
    const double mean = sum / (n - 1);
    const double variance = std::max(0.0, sumSq / (n - 1) - mean * mean);
    const double cv = std::sqrt(variance) / mean;
    m_regularity = static_cast<float>(std::clamp(1.0 - cv / kIrregularCv, 0.0, 1.0));
    m_frequencyHz = static_cast<float>(1.0 / mean);
}

}  // namespace core
