// attune-bench --json: times a 10-minute level against its bare physics, the loading of a
// 1,000-episode level, and reports peak memory. Each figure is the best of several repetitions.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "bench_levels.h"
#include "core/bots.h"
#include "core/handling.h"
#include "core/runner.h"
#include "core/simulation.h"
#include "format/catalog_file.h"
#include "format/level_file.h"

namespace {

using Clock = std::chrono::steady_clock;

template <typename F>
double bestMs(int repetitions, F&& work) {
    double best = 1e300;
    for (int i = 0; i < repetitions; ++i) {
        const auto t0 = Clock::now();
        work();
        best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    return best;
}

// Plays the level with the sensitive bot, recording every body step for the physics-only replay.
long playLevel(const core::Catalog& cat, const core::LevelDef& level,
               std::vector<core::HandlingCall>* trace) {
    core::SimConfig config;
    config.handlingTrace = trace;
    core::Simulation sim(cat, level, config);
    core::Bot bot(core::Policy::Sensitive, sim.index(), config.seed);
    auto canRespond = [&sim](int r) { return sim.canRespond(r); };
    long events = 0;
    while (!sim.isOver()) events += static_cast<long>(sim.step(bot.decide(sim.observe(), canRespond)).size());
    return events;
}

// The same Box2D calls with nothing else around them: the floor the core is measured against.
void replayPhysics(const std::vector<core::HandlingCall>& trace) {
    core::Handling body;
    bool held = false;
    for (const core::HandlingCall& call : trace) {
        if (call.held != held) body.setHeld(held = call.held);
        if (!call.held) body.setIntent(call.limbs, call.hands, call.posture, call.motion);
        body.step(call.sample);
    }
}

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
    const bool json = argc > 1 && std::strcmp(argv[1], "--json") == 0;
    const auto catalog = format::loadCatalog(format::defaultCatalogDir());
    if (!catalog.ok()) {
        for (const auto& d : catalog.diagnostics)
            std::fprintf(stderr, "%s\n", format::formatDiagnostic(d).c_str());
        return 1;
    }
    const core::Catalog& cat = *catalog.value;
    const core::LevelDef tenMinutes = bench::generatedLevel(cat, 600.0f, 40.0f);
    std::vector<core::HandlingCall> trace;
    const long events = playLevel(cat, tenMinutes, &trace);
    const double simMs = bestMs(7, [&] { playLevel(cat, tenMinutes, nullptr); });
    const double physicsMs = bestMs(7, [&] { replayPhysics(trace); });
    long held = 0;
    for (const auto& call : trace) held += call.held;

    const std::string bigLevel = format::levelToJson(bench::generatedLevel(cat, 30005.0f, 30.0f));
    bool loadedOk = false;
    const double loadMs = bestMs(7, [&] {
        loadedOk = format::parseLevel(bigLevel, "bench-1000.json", cat).ok();
    });
    if (!loadedOk) std::fprintf(stderr, "attune-bench: the generated 1,000-episode level did not validate\n");

    const double ratio = physicsMs > 0.0 ? simMs / physicsMs : 0.0;
    if (json) {
        std::printf("{\n  \"sim_level_10min_ms\": %.3f,\n  \"physics_only_10min_ms\": %.3f,\n"
                    "  \"sim_vs_physics_ratio\": %.3f,\n  \"load_1000_episodes_ms\": %.3f,\n"
                    "  \"peak_rss_mb\": %.1f,\n  \"sim_steps\": %zu,\n  \"held_steps\": %ld,\n"
                    "  \"events\": %ld,\n  \"level_episodes\": %zu,\n  \"load_bytes\": %zu\n}\n",
                    simMs, physicsMs, ratio, loadMs, peakRssMb(), trace.size(), held, events,
                    tenMinutes.episodes.size(), bigLevel.size());
    } else {
        std::printf("10-minute level (%zu episodes, %zu steps, %ld held): %.2f ms\n"
                    "same physics alone: %.2f ms (ratio %.2f)\n"
                    "load + validate 1,000 episodes (%zu bytes): %.2f ms\npeak RSS %.1f MB\n",
                    tenMinutes.episodes.size(), trace.size(), held, simMs, physicsMs, ratio,
                    bigLevel.size(), loadMs, peakRssMb());
    }
    return loadedOk ? 0 : 1;
}
