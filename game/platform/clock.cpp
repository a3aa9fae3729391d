// Monotonic wall clock through std::chrono (kept here so the app needs no clock of its own).
#include "platform/clock.h"

#include <chrono>

namespace platform {

double wallSeconds() {
    static const auto start = std::chrono::steady_clock::now();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace platform

#include <time.h>

namespace platform {

double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace platform
