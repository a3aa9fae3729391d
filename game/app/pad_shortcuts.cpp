#include "app/pad_shortcuts.h"

#include <algorithm>

#include "ui/theme.h"

namespace app {

PadShortcuts::PadShortcuts(const std::vector<core::ResponseDef>& responses) {
    int count[6] = {};
    for (const core::ResponseDef& r : responses) {
        const int g = ui::groupIndex(r.group.c_str());
        m_groupOf.push_back(g);
        m_slotOf.push_back(count[g] < kSlots ? count[g] : -1);
        m_members[g].push_back(static_cast<int>(m_groupOf.size()) - 1);
        ++count[g];
    }
    for (int g = 0; g < 6; ++g)
        if (count[g] > 0) m_groups.push_back(g);
}

int PadShortcuts::slotOf(int response) const {
    return response >= 0 && response < static_cast<int>(m_slotOf.size()) ? m_slotOf[static_cast<std::size_t>(response)] : -1;
}

int PadShortcuts::groupOf(int response) const {
    return response >= 0 && response < static_cast<int>(m_groupOf.size()) ? m_groupOf[static_cast<std::size_t>(response)] : -1;
}

int PadShortcuts::responseAt(int group, int slot) const {
    for (std::size_t r = 0; r < m_slotOf.size(); ++r)
        if (m_groupOf[r] == group && m_slotOf[r] == slot && slot >= 0) return static_cast<int>(r);
    return -1;
}

int PadShortcuts::cycle(int group, int step) const {
    if (m_groups.empty()) return -1;
    auto it = std::find(m_groups.begin(), m_groups.end(), group);
    const int n = static_cast<int>(m_groups.size());
    const int at = it == m_groups.end() ? 0 : static_cast<int>(it - m_groups.begin());
    return m_groups[static_cast<std::size_t>(((at + step) % n + n) % n)];
}

int PadShortcuts::slotOfButton(platform::Pad b) {
    const int i = static_cast<int>(b);
    return i < kSlots ? i : -1;
}

platform::Pad PadShortcuts::buttonOfSlot(int slot) { return static_cast<platform::Pad>(std::clamp(slot, 0, kSlots - 1)); }

}  // namespace app
