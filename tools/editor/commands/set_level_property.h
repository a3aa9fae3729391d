// Edit: set one property of the level (title, baby age, setting light, a goal's text ...).
#pragma once

#include <functional>
#include <string>
#include <utility>

#include "editor/command.h"

namespace editor {

/// Sets the value an accessor points at. Typing in one field, or dragging one slider, is one step.
template <class T>
class SetLevelProperty : public Command {
public:
    using Accessor = std::function<T&(core::LevelDef&)>;
    /// key names the property (and the merge gesture), label is shown in the Edit menu.
    SetLevelProperty(std::string key, std::string label, Accessor access, T value)
        : m_key(std::move(key)), m_label(std::move(label)), m_access(std::move(access)),
          m_new(std::move(value)) {}

    void apply(core::LevelDef& level) override {
        T& slot = m_access(level);
        if (!m_hasOld) m_old = slot, m_hasOld = true;
        slot = m_new;
    }
    void revert(core::LevelDef& level) override { m_access(level) = m_old; }
    std::string name() const override { return "Change " + m_label; }
    std::string mergeKey() const override { return "level." + m_key; }
    void mergeWith(const Command& next) override {
        m_new = static_cast<const SetLevelProperty&>(next).m_new;
    }

private:
    std::string m_key, m_label;
    Accessor m_access;
    T m_new;
    T m_old{};
    bool m_hasOld = false;
};

}  // namespace editor
