// Where labelled controls were drawn last frame: a small map from visible label to rectangle.
#include "ui/item_locator.h"

#include <cstring>
#include <map>

namespace ui {
namespace {

std::map<std::string, ItemRectPx>& rects() {
    static std::map<std::string, ItemRectPx> byLabel;
    return byLabel;
}

std::string visibleLabel(const char* label) {
    const char* hidden = std::strstr(label, "##");
    return hidden ? std::string(label, static_cast<std::size_t>(hidden - label)) : std::string(label);
}

}  // namespace

void noteItem(const char* label) {
    rects()[visibleLabel(label)] = ItemRectPx{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
}

std::optional<ItemRectPx> itemRect(const std::string& label) {
    const auto it = rects().find(label);
    if (it == rects().end()) return std::nullopt;
    return it->second;
}

void clearItemRects() { rects().clear(); }

}  // namespace ui
