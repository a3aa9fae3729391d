// A play-test: the real simulation on a copy of the level.
#include "editor/playtest.h"

#include "core/handling.h"

namespace editor {

PlayTest::PlayTest(const core::Catalog& catalog, const core::LevelDef& level, const PlayTestDef& def)
    : m_level(level), m_def(def) {
    core::SimConfig config;
    config.dtS = kPlayDtS;
    config.seed = def.seed;
    m_sim = std::make_unique<core::Simulation>(catalog, m_level, config);
    if (!def.policy.empty()) {
        const auto policy = core::policyFromName(def.policy).value_or(core::Policy::Sensitive);
        m_bot.emplace(policy, m_sim->index(), def.seed);
    }
    while (!m_sim->isOver() && m_sim->timeS() < def.startS) m_sim->step({});  // as RunOptions::startS
}

void PlayTest::handGesture(core::StepInput& in) const {
    // Hold, rock and walk responses are performed with a calm synthesised gesture, as in the
    // game's keyboard play (the editor has no mouse-gesture input).
    const int busy = m_sim->observe().busyResponse;
    if (busy < 0) return;
    const core::Gesture g = m_sim->index().catalog().responses[static_cast<std::size_t>(busy)].gesture;
    if (g == core::Gesture::None) return;
    in.hasHand = true;
    in.hand = core::synthGesture(g == core::Gesture::Rock ? "rock" : g == core::Gesture::Walk ? "walk" : "still",
                                 m_sim->timeS());
}

void PlayTest::advance(int steps) {
    for (int i = 0; i < steps && !m_sim->isOver(); ++i) {
        core::StepInput in;
        if (m_bot) {
            in = m_bot->decide(m_sim->observe(), [this](int r) { return m_sim->canRespond(r); });
        } else {
            if (m_queued >= 0 && m_sim->canRespond(m_queued)) in.respond = m_queued;
            m_queued = -1;
            handGesture(in);
        }
        for (const core::Event& e : m_sim->step(in))
            if ((e.type == core::EventType::Feedback || e.type == core::EventType::ResponseStarted) &&
                !e.text.empty())
                m_coach = e.text;
    }
}

}  // namespace editor
