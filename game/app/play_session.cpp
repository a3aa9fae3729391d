// Events in, captions / coach lines / timeline out: the only reader of the simulation's events.
#include "app/play_session.h"

namespace app {
namespace {

constexpr std::size_t kMaxCaptions = 4;

}  // namespace

PlaySession::PlaySession(const core::Catalog& catalog, const core::LevelDef& level,
                         const SessionDef& def)
    : m_catalog(catalog) {
    core::SimConfig cfg;
    cfg.seed = def.seed;
    cfg.relaxed = def.relaxed;
    m_sim = std::make_unique<core::Simulation>(catalog, level, cfg);
    if (def.autoplay) m_bot.emplace(*def.autoplay, m_sim->index(), def.seed);
    m_record.levelId = def.levelId;
    m_record.durationS = level.durationS;
    m_record.firstCue.assign(level.episodes.size(), -1);
    m_firstCueS.assign(level.episodes.size(), -1.0);
}

void PlaySession::queueResponse(int response) { m_queued = response; }

void PlaySession::step() {
    if (isOver() || m_safetyStop) {
        m_lastEvents.clear();
        return;
    }
    core::StepInput in;
    if (m_bot) {
        in = m_bot->decide(m_sim->observe(), [&](int r) { return m_sim->canRespond(r); });
    } else if (m_queued >= 0 && m_sim->canRespond(m_queued)) {
        in.respond = m_queued;
    }
    m_queued = -1;
    in.hasHand = m_hasHand;
    in.hand = m_hand;
    m_hasHand = false;
    m_lastEvents = m_sim->step(in);
    for (const core::Event& e : m_lastEvents) read(e);
}

void PlaySession::runToEnd() {
    while (!isOver()) {
        step();
        if (m_safetyStop) m_safetyStop = false;  // headless: note it and carry on
    }
}

void PlaySession::openBand(int episode, core::Stage stage, int cue, double tS) {
    closeBand(episode, tS);
    m_record.bands.push_back({episode, stage, tS, -1.0, cue});
}

void PlaySession::closeBand(int episode, double tS) {
    for (StageBand& b : m_record.bands)
        if (b.episode == episode && b.endS < 0) b.endS = tS;
}

void PlaySession::read(const core::Event& e) {
    using T = core::EventType;
    const std::size_t ep = static_cast<std::size_t>(e.episode);
    switch (e.type) {
    case T::CueStarted:
    case T::CueStageChanged:
        if (e.cue >= 0) m_cuesSeen.push_back(m_catalog.cues[static_cast<std::size_t>(e.cue)].id);
        if (e.episode >= 0 && ep < m_firstCueS.size() && m_firstCueS[ep] < 0) {
            m_firstCueS[ep] = e.timeS;
            m_record.firstCue[ep] = e.cue;
        }
        if (e.episode >= 0) {
            bool sameStage = false;
            for (const StageBand& b : m_record.bands)
                sameStage = sameStage || (b.episode == e.episode && b.endS < 0 && b.stage == e.stage);
            if (!sameStage) openBand(e.episode, e.stage, e.cue, e.timeS);
        }
        caption(e);
        break;
    case T::NeedResolved:
    case T::EpisodeScored:
        closeBand(e.episode, e.timeS);
        if (e.type == T::EpisodeScored && !e.text.empty())
            m_coach = CoachLine{e.timeS, e.text, e.value >= 0.65f ? 1 : 2};
        break;
    case T::ResponseStarted: {
        double latency = -1;
        if (e.episode >= 0 && ep < m_firstCueS.size() && m_firstCueS[ep] >= 0)
            latency = e.timeS - m_firstCueS[ep];
        m_record.marks.push_back({e.episode, e.response, e.timeS, e.fit, latency});
        if (e.response >= 0)
            m_captions.push_back({e.timeS, "You: " + m_catalog.responses[static_cast<std::size_t>(e.response)].name});
        break;
    }
    case T::Feedback:
    case T::Revealed:
        if (!e.text.empty()) m_coach = CoachLine{e.timeS, e.text, 0};
        break;
    case T::SafetyEvent:
        if (e.safety == core::SafetyKind::RoughHandling) {
            m_safetyStop = true;
            m_record.stoppedForSafety = true;
            m_safetyText = e.text;
        }
        if (!e.text.empty()) m_coach = CoachLine{e.timeS, e.text, 2};
        break;
    case T::EnvStarted:
        if (!e.text.empty()) m_captions.push_back({e.timeS, e.text});
        break;
    default:
        break;
    }
    while (m_captions.size() > kMaxCaptions) m_captions.pop_front();
}

void PlaySession::caption(const core::Event& e) {
    if (e.cue < 0) return;
    const core::CueDef& cue = m_catalog.cues[static_cast<std::size_t>(e.cue)];
    std::string text = cue.seen;
    if (!text.empty() && text.back() == '.') text.pop_back();
    text += " — " + cue.name;
    if (!cue.heard.empty()) text += "  " + cue.heard;
    m_captions.push_back({e.timeS, text});
}

RunRecord PlaySession::record() const {
    RunRecord r = m_record;
    r.score = m_sim->score();
    const double now = m_sim->timeS();
    for (StageBand& b : r.bands)
        if (b.endS < 0) b.endS = now;
    return r;
}

}  // namespace app
