// Edit: change one field of one episode (need, start, escalation, clarity, cue overrides, texts).
#pragma once

#include <functional>
#include <string>
#include <utility>

#include "editor/command.h"

namespace editor {

/// Sets one field of episodes[index]. Typing or dragging in one field is one undo step.
template <class T>
class EditEpisodeField : public Command {
public:
    using Accessor = std::function<T&(core::EpisodeDef&)>;
    EditEpisodeField(int index, std::string key, Accessor access, T value)
        : m_index(index), m_key(std::move(key)), m_access(std::move(access)), m_new(std::move(value)) {}

    void apply(core::LevelDef& level) override {
        T& slot = m_access(level.episodes.at(static_cast<std::size_t>(m_index)));
        if (!m_hasOld) m_old = slot, m_hasOld = true;
        slot = m_new;
    }
    void revert(core::LevelDef& level) override {
        m_access(level.episodes.at(static_cast<std::size_t>(m_index))) = m_old;
    }
    std::string name() const override { return "Change episode " + m_key; }
    std::string mergeKey() const override {
        return "episode." + std::to_string(m_index) + "." + m_key;
    }
    void mergeWith(const Command& next) override {
        m_new = static_cast<const EditEpisodeField&>(next).m_new;
    }

private:
    int m_index;
    std::string m_key;
    Accessor m_access;
    T m_new;
    T m_old{};
    bool m_hasOld = false;
};

}  // namespace editor
