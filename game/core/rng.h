// A small deterministic random generator (splitmix64): the same seed gives the same numbers everywhere.
#pragma once

#include <cstdint>

namespace core {

/// Seeded generator; never reads the clock. Copyable so a run can be replayed from its seed.
class Rng {
public:
    explicit Rng(std::uint64_t seed = 1) : m_state(seed) {}
    /// Next raw 64-bit value.
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    /// Uniform in [lo, hi).
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [0, n); n must be > 0.
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }

private:
    std::uint64_t m_state;
};

}  // namespace core
