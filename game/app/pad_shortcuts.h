// Gamepad shortcuts for the response buttons: the shoulder buttons choose a group, and the face
// buttons and the D-pad (eight in all) choose a response inside it — every group has at most eight.
#pragma once

#include <vector>

#include "core/catalog_def.h"
#include "platform/input.h"

namespace app {

/// Which group and slot each response has on the gamepad.
class PadShortcuts {
public:
    static constexpr int kSlots = 8;  ///< A, B, X, Y, then D-pad up, right, down, left

    /// Lays the responses out by their group (ui::groupIndex), in catalog order.
    explicit PadShortcuts(const std::vector<core::ResponseDef>& responses);
    /// Groups that hold at least one response, in display order.
    const std::vector<int>& groups() const { return m_groups; }
    /// The response's slot inside its group (0..7), or -1 if the group has more than eight.
    int slotOf(int response) const;
    /// The response's group index (as ui::groupIndex).
    int groupOf(int response) const;
    /// The responses in group g (0..5), in catalog order.
    const std::vector<int>& membersOf(int g) const { return m_members[g < 0 || g > 5 ? 0 : g]; }
    /// The response in this group at this slot, or -1.
    int responseAt(int group, int slot) const;
    /// The next (or previous, step -1) non-empty group after `group`, wrapping.
    int cycle(int group, int step) const;
    /// The slot a gamepad button stands for, or -1 (shoulders, Back).
    static int slotOfButton(platform::Pad b);
    /// The button for a slot.
    static platform::Pad buttonOfSlot(int slot);

private:
    std::vector<int> m_groupOf, m_slotOf, m_groups;
    std::vector<int> m_members[6];
};

}  // namespace app
