// Wall-clock time for the frame loop and benchmarks (the simulation never sees it).
#pragma once

namespace platform {

/// Seconds since the process started, from a monotonic clock.
double wallSeconds();

}  // namespace platform
