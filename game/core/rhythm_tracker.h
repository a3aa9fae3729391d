// Measures how regular a one-dimensional movement is, from the spacing of its zero crossings.
#pragma once

#include <array>

namespace core {

/// Follows one axis of the hand: crossings of its running mean, with hysteresis, give the period;
/// the spread of the last few periods gives the regularity. O(1) per sample.
class RhythmTracker {
  public:
    /// Forgets all history.
    void reset();
    /// Adds one sample (metres) taken dtS seconds after the previous one.
    void add(float valueM, float dtS);
    /// 0..1: 1 = a steady period over the last few cycles, 0 = irregular or no movement.
    float regularity() const { return m_regularity; }
    /// Frequency of the recent cycles in Hz, 0 when there is no rhythm.
    float frequencyHz() const { return m_frequencyHz; }

  private:
    void recordCrossing();
    void evaluate();

    static constexpr int kCrossings = 6;  // five periods
    std::array<double, kCrossings> m_crossingS{};
    int m_count = 0;
    double m_tS = 0.0;
    float m_meanM = 0.0f;
    bool m_primed = false;
    int m_side = 0;
    float m_regularity = 0.0f;
    float m_frequencyHz = 0.0f;
};

}  // namespace core
