// Wall-clock time for the frame loop and benchmarks (the simulation never sees it).
#pragma once

namespace platform {

/// Seconds since the process started, from a monotonic clock.
double wallSeconds();

}  // namespace platform

namespace platform {

/// CPU seconds used by the calling thread (excludes time preempted by other threads or processes).
double threadCpuSeconds();

}  // namespace platform
