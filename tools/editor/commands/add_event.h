// Edit: add one environment event (phone, doorbell, sibling ...) to the timeline.
#pragma once

#include "editor/command.h"

namespace editor {

/// Appends an environment event.
class AddEvent : public Command {
public:
    explicit AddEvent(core::EnvEventDef event) : m_event(std::move(event)) {}
    void apply(core::LevelDef& level) override { level.events.push_back(m_event); }
    void revert(core::LevelDef& level) override { level.events.pop_back(); }
    std::string name() const override { return "Add event"; }

private:
    core::EnvEventDef m_event;
};

}  // namespace editor
