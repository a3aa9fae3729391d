// Edit: change how long an episode takes to escalate (drag its right edge on the timeline).
#pragma once

#include "editor/command.h"

namespace editor {

/// Replaces an episode's escalation (preset and stage lengths). One drag is one undo step.
class ResizeEpisode : public Command {
public:
    ResizeEpisode(int index, core::EscalationDef escalation) : m_index(index), m_new(std::move(escalation)) {}
    void apply(core::LevelDef& level) override {
        auto& slot = level.episodes.at(static_cast<std::size_t>(m_index)).escalation;
        if (!m_hasOld) m_old = slot, m_hasOld = true;
        slot = m_new;
    }
    void revert(core::LevelDef& level) override {
        level.episodes.at(static_cast<std::size_t>(m_index)).escalation = m_old;
    }
    std::string name() const override { return "Resize episode"; }
    std::string mergeKey() const override { return "resize.episode." + std::to_string(m_index); }
    void mergeWith(const Command& next) override { m_new = static_cast<const ResizeEpisode&>(next).m_new; }

private:
    int m_index;
    core::EscalationDef m_new, m_old;
    bool m_hasOld = false;
};

}  // namespace editor
