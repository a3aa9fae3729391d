// What the author has selected: timeline items (episodes, environment events) and a focused field.
#pragma once

#include <string>
#include <vector>

namespace editor {

/// Which list an item lives in.
enum class ItemKind { Episode, Event };

/// One timeline item, named by list and index.
struct ItemRef {
    ItemKind kind = ItemKind::Episode;
    int index = -1;
    bool operator==(const ItemRef& o) const { return kind == o.kind && index == o.index; }
    bool operator!=(const ItemRef& o) const { return !(*this == o); }
    bool operator<(const ItemRef& o) const {
        return kind != o.kind ? kind < o.kind : index < o.index;
    }
};

/// The selection. Panels read it; clicks and the issues panel change it.
struct Selection {
    std::vector<ItemRef> items;  ///< in click order; the first is the inspector's subject
    std::string field;           ///< a field path to highlight, e.g. "episodes[2].need"

    /// True if the item is selected.
    bool contains(const ItemRef& r) const;
    /// Selects only this item.
    void selectOnly(const ItemRef& r);
    /// Adds the item, or removes it if it was selected (Ctrl-click).
    void toggle(const ItemRef& r);
    /// Selects nothing.
    void clear() { items.clear(); field.clear(); }
};

/// The item a field path such as "episodes[2].need" points at, or index -1.
ItemRef itemOfField(const std::string& fieldPath);

}  // namespace editor
