// Edit: add one episode to the timeline.
#pragma once

#include "editor/command.h"

namespace editor {

/// Inserts an episode at the end of the list.
class AddEpisode : public Command {
public:
    explicit AddEpisode(core::EpisodeDef episode) : m_episode(std::move(episode)) {}
    void apply(core::LevelDef& level) override { level.episodes.push_back(m_episode); }
    void revert(core::LevelDef& level) override { level.episodes.pop_back(); }
    std::string name() const override { return "Add episode"; }

private:
    core::EpisodeDef m_episode;
};

}  // namespace editor
