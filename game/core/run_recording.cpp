// Recording a run's inputs compactly (responses by step, hand samples as runs) and playing them
// back.
#include "core/run_recording.h"

#include <cassert>
#include <cstring>

namespace core {
namespace {

/// Bitwise equality, so a run of "equal" samples replays to exactly the same floats.
bool sameSample(const HandSample& a, const HandSample& b) {
    return std::memcmp(&a.xM, &b.xM, sizeof a.xM) == 0 &&
           std::memcmp(&a.yM, &b.yM, sizeof a.yM) == 0 && a.headSupported == b.headSupported;
}

}  // namespace

RunRecorder::RunRecorder(const CatalogIndex& index, std::string levelId, std::uint64_t seed,
                         bool relaxed)
    : m_index(index) {
    m_rec.levelId = std::move(levelId);
    m_rec.seed = seed;
    m_rec.relaxed = relaxed;
}

void RunRecorder::record(const StepInput& input) {
    const long step = m_rec.steps++;
    if (input.respond >= 0) {
        const auto& responses = m_index.catalog().responses;
        assert(static_cast<std::size_t>(input.respond) < responses.size() &&
               "response index out of range");
        m_rec.responses.push_back({step, responses[static_cast<std::size_t>(input.respond)].id});
    }
    if (!input.hasHand) return;
    if (!m_rec.hands.empty()) {
        HandRun& last = m_rec.hands.back();
        if (last.step + last.steps == step && sameSample(last.hand, input.hand)) {
            ++last.steps;
            return;
        }
    }
    m_rec.hands.push_back({step, 1, input.hand});
}

RunReplayer::RunReplayer(const RunRecording& recording, const CatalogIndex& index)
    : m_rec(recording) {
    for (const RecordedResponse& r : m_rec.responses)
        m_responseIds.push_back(index.responseIndex(r.response));
}

StepInput RunReplayer::next() {
    StepInput in;
    const long step = m_step++;
    const auto& responses = m_rec.responses;
    while (m_nextResponse < responses.size() && responses[m_nextResponse].step <= step) {
        if (responses[m_nextResponse].step == step) in.respond = m_responseIds[m_nextResponse];
        ++m_nextResponse;
    }
    const auto& hands = m_rec.hands;
    while (m_nextHand < hands.size() && hands[m_nextHand].step + hands[m_nextHand].steps <= step)
        ++m_nextHand;
    if (m_nextHand < hands.size() && hands[m_nextHand].step <= step) {
        in.hasHand = true;
        in.hand = hands[m_nextHand].hand;
    }
    return in;
}

RunResult replayRun(const Catalog& catalog, const LevelDef& level, const RunRecording& recording,
                    bool keepEvents) {
    RunOptions o;
    o.seed = recording.seed;
    o.relaxed = recording.relaxed;
    o.keepEvents = keepEvents;
    o.replay = &recording;
    return runLevel(catalog, level, o);
}

ReplayCursor::ReplayCursor(const Catalog& catalog, const LevelDef& level,
                           const RunRecording& recording)
    : m_catalog(catalog), m_level(level), m_rec(recording) {
    restart();
}

ReplayCursor::~ReplayCursor() = default;

void ReplayCursor::restart() {
    m_replayer.reset();
    SimConfig config;
    config.seed = m_rec.seed;
    config.relaxed = m_rec.relaxed;
    m_sim = std::make_unique<Simulation>(m_catalog, m_level, config);
    m_replayer = std::make_unique<RunReplayer>(m_rec, m_sim->index());
}

const EventList& ReplayCursor::step() {
    static const EventList kNone;
    if (m_sim->isOver()) return kNone;
    return m_sim->step(m_replayer->next());
}

EventList ReplayCursor::seek(double tS) {
    restart();
    EventList all;
    while (!m_sim->isOver() && m_sim->timeS() < tS - 1e-9) {
        const EventList& events = step();
        all.insert(all.end(), events.begin(), events.end());
    }
    return all;
}

}  // namespace core
