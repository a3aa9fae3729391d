// Edit: change how long an environment event lasts (drag its right edge on the timeline).
#pragma once

#include "editor/command.h"

namespace editor {

/// Sets events[index].durationS. One drag is one undo step.
class ResizeEvent : public Command {
public:
    ResizeEvent(int index, float durationS) : m_index(index), m_newS(durationS) {}
    void apply(core::LevelDef& level) override {
        float& slot = level.events.at(static_cast<std::size_t>(m_index)).durationS;
        if (!m_hasOld) m_oldS = slot, m_hasOld = true;
        slot = m_newS;
    }
    void revert(core::LevelDef& level) override {
        level.events.at(static_cast<std::size_t>(m_index)).durationS = m_oldS;
    }
    std::string name() const override { return "Resize event"; }
    std::string mergeKey() const override { return "resize.event." + std::to_string(m_index); }
    void mergeWith(const Command& next) override { m_newS = static_cast<const ResizeEvent&>(next).m_newS; }

private:
    int m_index;
    float m_newS, m_oldS = 0.0f;
    bool m_hasOld = false;
};

}  // namespace editor
