// A play-test: the real simulation on a copy of the level.
#include "editor/playtest.h"

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

void PlayTest::advance(int steps) {
    for (int i = 0; i < steps && !m_sim->isOver(); ++i) {
        core::StepInput in;
        if (m_bot) {
            in = m_bot->decide(m_sim->observe(), [this](int r) { return m_sim->canRespond(r); });
        } else if (m_queued >= 0) {
            if (m_sim->canRespond(m_queued)) in.respond = m_queued;
            m_queued = -1;
        }
        for (const core::Event& e : m_sim->step(in))
            if ((e.type == core::EventType::Feedback || e.type == core::EventType::ResponseStarted) &&
                !e.text.empty())
                m_coach = e.text;
    }
}

}  // namespace editor
