// The selection and how a diagnostic's field path maps to a timeline item.
#include "editor/selection.h"

#include <algorithm>
#include <cstdlib>

namespace editor {

bool Selection::contains(const ItemRef& r) const {
    return std::find(items.begin(), items.end(), r) != items.end();
}

void Selection::selectOnly(const ItemRef& r) {
    items.assign(1, r);
    field.clear();
}

void Selection::toggle(const ItemRef& r) {
    const auto it = std::find(items.begin(), items.end(), r);
    if (it == items.end()) items.push_back(r);
    else items.erase(it);
}

ItemRef itemOfField(const std::string& fieldPath) {
    ItemRef r;
    const auto bracket = [&](const char* prefix, ItemKind kind) {
        const std::string p = std::string(prefix) + "[";
        if (fieldPath.rfind(p, 0) != 0) return false;
        r.kind = kind;
        r.index = std::atoi(fieldPath.c_str() + p.size());
        return true;
    };
    if (!bracket("episodes", ItemKind::Episode)) bracket("events", ItemKind::Event);
    return r;
}

}  // namespace editor
