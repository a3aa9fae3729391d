// Bot policies. "sensitive" reads each cue, checks when a cue is ambiguous and answers early with
// the best response; "slow" does the same only once crying has gone on; "neglect" does nothing;
// "intrusive" stimulates regardless of cues; "random" presses random buttons.
#include "core/bots.h"

#include "core/simulation.h"

namespace core {

Bot::Bot(Policy policy, const CatalogIndex& index, std::uint64_t seed)
    : m_policy(policy), m_index(index), m_rng(seed ^ 0xB07B07B07ull) {
    if (policy == Policy::Random) m_minGapS = 2.0, m_maxGapS = 6.0;
    if (policy == Policy::Intrusive) m_minGapS = 4.0, m_maxGapS = 8.0;
    m_nextActS = m_rng.range(m_minGapS, m_maxGapS);
}

int Bot::needOf(const VisibleCue& v) {
    if (v.revealedNeed >= 0) return v.revealedNeed;
    const CueDef& cue = m_index.catalog().cues[static_cast<std::size_t>(v.cue)];
    if (cue.needs.size() == 1) return m_index.needIndex(cue.needs.front());
    return -1;
}

int Bot::choose(const Observation& obs) {
    if (obs.timeS < m_nextActS) return -1;
    switch (m_policy) {
        case Policy::Neglect: return -1;
        case Policy::Sensitive: return obs.busyResponse >= 0 ? -1 : chooseReading(obs, false);
        case Policy::Slow: return obs.busyResponse >= 0 ? -1 : chooseReading(obs, true);
        case Policy::Intrusive: return chooseStimulating(obs);
        case Policy::Random:
            return m_rng.below(static_cast<int>(m_index.catalog().responses.size()));
    }
    return -1;
}

int Bot::chooseReading(const Observation& obs, bool lateOnly) {
    for (const VisibleCue& v : obs.cues) {
        if (lateOnly && (v.stage != Stage::Late || v.stageSinceS < 12.0)) continue;
        if (!lateOnly && v.sinceS < 1.0) continue;  // a moment to take the cue in
        int need = needOf(v);
        if (need < 0 && !m_checked.count(v.episode) && m_index.checkResponse() >= 0) {
            m_checked.insert(v.episode);
            return m_index.checkResponse();
        }
        if (need < 0) {
            const CueDef& cue = m_index.catalog().cues[static_cast<std::size_t>(v.cue)];
            need = m_index.needIndex(cue.needs.front());
        }
        const NeedKind kind = m_index.catalog().needs[static_cast<std::size_t>(need)].kind;
        if (kind == NeedKind::Unexplained && obs.stress >= kStressHigh &&
            obs.state == BabyState::Crying && m_index.stepAwayResponse() >= 0)
            return m_index.stepAwayResponse();
        const int r = m_index.bestResponse(need, v.stage);
        if (r >= 0 && r == m_index.watchWaitResponse()) {
            if (!m_waited.insert({v.episode, static_cast<int>(v.stage)}).second) continue;
        }
        if (r >= 0) return r;
    }
    return -1;
}

int Bot::chooseStimulating(const Observation& obs) {
    (void)obs;
    const auto& responses = m_index.catalog().responses;
    int picked = -1, seen = 0;
    for (std::size_t r = 0; r < responses.size(); ++r) {
        if (responses[r].stimulation < 0.5f) continue;
        if (m_rng.below(++seen) == 0) picked = static_cast<int>(r);  // reservoir pick
    }
    return picked;
}

}  // namespace core
