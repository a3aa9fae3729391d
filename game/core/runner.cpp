// Runs levels to the end with a bot or a script, on as many threads as asked.
#include "core/runner.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <thread>

#include "core/bots.h"
#include "core/run_recording.h"
#include "core/simulation.h"

namespace core {
namespace {

std::uint64_t mix(std::uint64_t h, const void* data, std::size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 0x100000001B3ull;
    return h;
}

template <typename T>
std::uint64_t mixValue(std::uint64_t h, const T& v) {
    return mix(h, &v, sizeof v);
}

/// Feeds a script's timed actions to the simulation.
class ScriptPlayer {
public:
    ScriptPlayer(const Script& script, const CatalogIndex& index) : m_actions(script.actions) {
        std::stable_sort(m_actions.begin(), m_actions.end(),
                         [](const ScriptAction& a, const ScriptAction& b) { return a.tS < b.tS; });
        for (const ScriptAction& a : m_actions)
            m_ids.push_back(a.respond.empty() ? -1 : index.responseIndex(a.respond));
    }
    StepInput input(double tS) {
        StepInput in;
        while (m_next < m_actions.size() && m_actions[m_next].tS <= tS + 1e-9) {
            const ScriptAction& a = m_actions[m_next];
            if (m_ids[m_next] >= 0) in.respond = m_ids[m_next];
            if (!a.gesture.empty()) m_gesture = static_cast<int>(m_next);
            ++m_next;
        }
        if (m_gesture >= 0) {
            const ScriptAction& g = m_actions[static_cast<std::size_t>(m_gesture)];
            if (tS < g.untilS) {
                in.hasHand = true;
                in.hand = synthGesture(g.gesture.c_str(), tS - g.tS, g.headSupported);
            } else {
                m_gesture = -1;
            }
        }
        return in;
    }

private:
    std::vector<ScriptAction> m_actions;
    std::vector<int> m_ids;
    std::size_t m_next = 0;
    int m_gesture = -1;
};

}  // namespace

std::uint64_t hashEvent(std::uint64_t h, const Event& e) {
    h = mixValue(h, e.type);
    h = mixValue(h, e.timeS);
    h = mixValue(h, e.episode);
    h = mixValue(h, e.cue);
    h = mixValue(h, e.need);
    h = mixValue(h, e.response);
    h = mixValue(h, e.envEvent);
    h = mixValue(h, e.stage);
    h = mixValue(h, e.state);
    h = mixValue(h, e.fit);
    h = mixValue(h, e.safety);
    h = mixValue(h, e.value);
    return mix(h, e.text.data(), e.text.size());
}

RunResult runLevel(const Catalog& catalog, const LevelDef& level, const RunOptions& options) {
    SimConfig config;
    config.seed = options.seed;
    config.relaxed = options.relaxed;
    config.physics = options.physics;
    Simulation sim(catalog, level, config);
    const Policy policy = policyFromName(options.policy).value_or(Policy::Sensitive);
    Bot bot(policy, sim.index(), options.seed);
    std::optional<ScriptPlayer> script;
    if (options.script) script.emplace(*options.script, sim.index());
    std::optional<RunReplayer> replay;
    if (options.replay) replay.emplace(*options.replay, sim.index());
    std::optional<RunRecorder> recorder;
    if (options.record) recorder.emplace(sim.index(), level.id, options.seed, options.relaxed);
    RunResult result;
    std::uint64_t h = 0xCBF29CE484222325ull;
    auto canRespond = [&sim](int r) { return sim.canRespond(r); };
    while (!sim.isOver()) {
        StepInput in;
        if (replay)
            in = replay->next();
        else if (sim.timeS() >= options.startS)
            in = script ? script->input(sim.timeS()) : bot.decide(sim.observe(), canRespond);
        if (recorder) recorder->record(in);
        for (const Event& e : sim.step(in)) {
            h = hashEvent(h, e);
            ++result.eventCount;
            if ((e.type == EventType::CueStarted || e.type == EventType::CueStageChanged) && e.cue >= 0)
                result.cuesSeen.push_back(catalog.cues[static_cast<std::size_t>(e.cue)].id);
            if (options.keepEvents) result.events.push_back(e);
        }
    }
    if (recorder) *options.record = recorder->recording();
    result.score = sim.score();
    result.eventHash = h;
    result.physicsSteps = sim.physicsSteps();
    return result;
}

std::vector<RunResult> runMany(const Catalog& catalog, const LevelDef& level,
                               const RunOptions& options, int runs, int threads) {
    std::vector<RunResult> results(static_cast<std::size_t>(std::max(0, runs)));
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::min(threads, std::max(1, runs));
    std::atomic<int> next{0};
    auto work = [&] {
        for (int i = next++; i < runs; i = next++) {
            RunOptions o = options;
            o.seed = options.seed + static_cast<std::uint64_t>(i);
            results[static_cast<std::size_t>(i)] = runLevel(catalog, level, o);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    return results;
}

double meanScore(const std::vector<RunResult>& results) {
    if (results.empty()) return 0.0;
    double sum = 0.0;
    for (const RunResult& r : results) sum += r.score.score;
    return sum / static_cast<double>(results.size());
}

}  // namespace core
