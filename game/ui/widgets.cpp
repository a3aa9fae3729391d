// Widgets drawn with ImGui items plus a few draw-list touches; colours come from the palette.
#include "ui/widgets.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/fonts.h"
#include "ui/item_locator.h"
#include "ui/theme.h"

namespace ui {
namespace {

void starShape(ImDrawList* d, ImVec2 c, float r, ImU32 col, bool filled) {
    ImVec2 pts[10];
    for (int i = 0; i < 10; ++i) {
        const float a = -1.5708f + static_cast<float>(i) * 3.14159f / 5.0f;
        const float rr = (i % 2 == 0) ? r : r * 0.45f;
        pts[i] = ImVec2(c.x + std::cos(a) * rr, c.y + std::sin(a) * rr);
    }
    if (filled) {
        // Convex fill is wrong for a star: fill as triangles from the centre.
        for (int i = 0; i < 10; ++i) d->AddTriangleFilled(c, pts[i], pts[(i + 1) % 10], col);
    } else {
        d->AddPolyline(pts, 10, col, ImDrawFlags_Closed, 2.0f);
    }
}

const char* levelWord(float v) {
    if (v >= 0.85f) return "strong";
    if (v >= 0.65f) return "good";
    if (v >= 0.4f) return "growing";
    return "early days";
}

}  // namespace

void padGlyph(ImDrawList* d, ImVec2 c, float size, int slot, ImU32 col) {
    const float r = size * 0.5f;
    if (slot >= 0 && slot < 4) {
        static const char* kLetters[4] = {"A", "B", "X", "Y"};
        d->AddCircle(c, r, col, 20, 1.5f);
        const ImVec2 ts = ImGui::CalcTextSize(kLetters[slot]);
        d->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), col, kLetters[slot]);
        return;
    }
    // D-pad: a plus-shaped outline hint and a filled arrow for the direction.
    d->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), col, r * 0.3f, 0, 1.5f);
    const float a = r * 0.55f;
    const ImVec2 tip[4] = {ImVec2(0, -a), ImVec2(a, 0), ImVec2(0, a), ImVec2(-a, 0)};
    const ImVec2 t = tip[std::clamp(slot - 4, 0, 3)];
    const ImVec2 side(-t.y * 0.8f, t.x * 0.8f);
    d->AddTriangleFilled(ImVec2(c.x + t.x, c.y + t.y), ImVec2(c.x - t.x * 0.6f + side.x, c.y - t.y * 0.6f + side.y),
                         ImVec2(c.x - t.x * 0.6f - side.x, c.y - t.y * 0.6f - side.y), col);
}

bool responseButtonItem(const char* id, const char* label, const char* key, ImVec2 size, bool enabled,
                        ImU32 groupColour, bool busy, int padSlot, ResponseFace* face) {
    // ImGui::ButtonEx's item (size, add, behaviour) with its colours resolved but nothing drawn.
    *face = ResponseFace{};
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) return false;
    const Palette& p = palette();
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushID(id);
    if (!enabled) ImGui::BeginDisabled();
    const ImGuiID iid = window->GetID("##b");
    const ImRect bb(window->DC.CursorPos, ImVec2(window->DC.CursorPos.x + size.x, window->DC.CursorPos.y + size.y));
    ImGui::ItemSize(size, style.FramePadding.y);
    bool clicked = false;
    if (ImGui::ItemAdd(bb, iid)) {
        bool hovered = false, held = false;
        clicked = ImGui::ButtonBehavior(bb, iid, &hovered, &held);
        const ImGuiCol slot = held && hovered ? ImGuiCol_ButtonActive : (hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Button);
        face->id = iid;
        face->pos = bb.Min;
        face->size = size;
        face->frame = busy && slot == ImGuiCol_Button ? ImGui::GetColorU32(ImGui::ColorConvertU32ToFloat4(p.accentSoft))
                                                      : ImGui::GetColorU32(slot);
        face->border = ImGui::GetColorU32(ImGuiCol_Border);
        face->borderShadow = ImGui::GetColorU32(ImGuiCol_BorderShadow);
        face->stripe = groupColour;
        face->text = enabled ? p.text : p.starEmpty;
        face->rounding = style.FrameRounding;
        face->borderSize = style.FrameBorderSize;
        face->padSlot = padSlot;
        face->label = label ? label : "";
        face->key = key ? key : "";
    }
    if (!enabled) ImGui::EndDisabled();
    ImGui::PopID();
    return clicked && enabled;
}

void drawResponseFace(ImDrawList* d, const ResponseFace& f) {
    if (f.id == 0) return;
    const ImVec2 pos = f.pos, size = f.size;
    const ImVec2 end(pos.x + size.x, pos.y + size.y);
    // ImGui::RenderFrame, drawn into d.
    d->AddRectFilled(pos, end, f.frame, f.rounding);
    if (f.borderSize > 0.0f) {
        d->AddRect(ImVec2(pos.x + 1, pos.y + 1), ImVec2(end.x + 1, end.y + 1), f.borderShadow, f.rounding, 0, f.borderSize);
        d->AddRect(pos, end, f.border, f.rounding, 0, f.borderSize);
    }
    const float scale = ImGui::GetFontSize() / 16.0f;
    d->AddRectFilled(pos, ImVec2(pos.x + 6 * scale, end.y), f.stripe, 6.0f, ImDrawFlags_RoundCornersLeft);
    const float badge = ImGui::GetFontSize() * 1.6f;
    const ImVec2 b0(pos.x + 14 * scale, pos.y + (size.y - badge) * 0.5f);
    if (f.padSlot >= 0) {
        // The gamepad's button takes the badge's place while this group is the gamepad's.
        padGlyph(d, ImVec2(b0.x + badge * 0.5f, b0.y + badge * 0.5f), badge * 0.95f, f.padSlot, f.text);
    } else if (*f.key) {
        d->AddRect(b0, ImVec2(b0.x + badge, b0.y + badge), f.text, 5.0f, 0, 1.5f);
        const ImVec2 ks = ImGui::CalcTextSize(f.key);
        d->AddText(ImVec2(b0.x + (badge - ks.x) * 0.5f, b0.y + (badge - ks.y) * 0.5f), f.text, f.key);
    }
    const float textX = b0.x + badge + 10 * scale;
    const float right = end.x - 6 * scale;
    const float wrap = right - textX;
    const ImVec2 ts = ImGui::CalcTextSize(f.label, nullptr, false, wrap);
    d->AddText(nullptr, 0.0f, ImVec2(textX, pos.y + (size.y - ts.y) * 0.5f), f.text, f.label, nullptr, wrap);
}

void drawResponseNavOutline(const ResponseFace& f) {
    if (f.id != 0) ImGui::RenderNavHighlight(ImRect(f.pos, ImVec2(f.pos.x + f.size.x, f.pos.y + f.size.y)), f.id);
}

bool responseButton(const char* id, const char* label, const char* key, ImVec2 size, bool enabled,
                    ImU32 groupColour, bool busy, int padSlot) {
    ResponseFace face;
    const bool clicked = responseButtonItem(id, label, key, size, enabled, groupColour, busy, padSlot, &face);
    drawResponseNavOutline(face);
    drawResponseFace(ImGui::GetWindowDrawList(), face);
    return clicked;
}

void stars(int filled, float sizePx) {
    const Palette& p = palette();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* d = ImGui::GetWindowDrawList();
    const float r = sizePx * 0.5f;
    for (int i = 0; i < 3; ++i) {
        const ImVec2 c(pos.x + r + static_cast<float>(i) * sizePx * 1.15f, pos.y + r);
        starShape(d, c, r, i < filled ? p.star : p.starEmpty, i < filled);
    }
    ImGui::Dummy(ImVec2(sizePx * 3.3f, sizePx));
}

void componentBar(const char* label, float value, float widthPx, float labelWidthPx) {
    const Palette& p = palette();
    value = std::clamp(value, 0.0f, 1.0f);
    char overlay[64];
    std::snprintf(overlay, sizeof overlay, "%d%% — %s", static_cast<int>(std::lround(value * 100)),
                  levelWord(value));
    float labelW = labelWidthPx > 0 ? labelWidthPx : widthPx * 0.5f;
    const float x = ImGui::GetCursorPosX();
    if (ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x > labelW) {
        // Large text: the label on its own line, the bar under it at full width.
        ImGui::TextUnformatted(label);
        labelW = 0.0f;
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(label);
        ImGui::SameLine();
    }
    ImGui::SetCursorPosX(x + labelW);  // window-relative, unlike SameLine's offset inside a group
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImGui::ColorConvertU32ToFloat4(p.accentSoft));
    ImGui::ProgressBar(value, ImVec2(widthPx - labelW, 0.0f), overlay);
    ImGui::PopStyleColor();
}

void coachCard(const char* headingText, const std::string& text, int tone, float widthPx) {
    const Palette& p = palette();
    const ImU32 edge = tone == 1 ? p.good : (tone == 2 ? p.caution : p.accent);
    ImDrawList* d = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float pad = ImGui::GetStyle().WindowPadding.x * 0.7f;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + widthPx - pad);
    const float wrapW = widthPx - 2 * pad - 6;
    const ImVec2 hs = ImGui::CalcTextSize(headingText, nullptr, false, wrapW);
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrapW);
    const float h = hs.y + ts.y + pad * 2.6f;
    d->AddRectFilled(pos, ImVec2(pos.x + widthPx, pos.y + h), p.panel, 10.0f);
    d->AddRectFilled(pos, ImVec2(pos.x + 6, pos.y + h), edge, 10.0f, ImDrawFlags_RoundCornersLeft);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + pad + 6, pos.y + pad));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.textSoft));
    ImGui::TextUnformatted(headingText);
    ImGui::PopStyleColor();
    ImGui::SetCursorScreenPos(ImVec2(pos.x + pad + 6, ImGui::GetCursorScreenPos().y));
    ImGui::PushTextWrapPos(pos.x - ImGui::GetWindowPos().x + widthPx - pad);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopTextWrapPos();
    ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + h));
    ImGui::Dummy(ImVec2(widthPx, 4));
}

void stressMeter(float stress, float widthPx) {
    const Palette& p = palette();
    stress = std::clamp(stress, 0.0f, 1.0f);
    const char* word = stress < 0.3f ? "calm" : (stress < 0.6f ? "a little tense" : "stretched — it's OK to step away");
    ImGui::Text("You: %s", word);
    ImDrawList* d = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetFontSize() * 0.6f;
    d->AddRectFilled(pos, ImVec2(pos.x + widthPx, pos.y + h), p.panelSoft, h * 0.5f);
    const ImU32 col = stress < 0.3f ? p.accent : (stress < 0.6f ? p.caution : p.concern);
    d->AddRectFilled(pos, ImVec2(pos.x + std::max(h, widthPx * stress), pos.y + h), col, h * 0.5f);
    ImGui::Dummy(ImVec2(widthPx, h));
}

void heading(const char* text) {
    ImGui::PushFont(fonts().large);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void centredText(const char* text) {
    const float w = ImGui::CalcTextSize(text).x;
    ImGui::SetCursorPosX(std::max(0.0f, (ImGui::GetWindowWidth() - w) * 0.5f));
    ImGui::TextUnformatted(text);
}

bool primaryButton(const char* label, ImVec2 size) {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.accentSoft));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(p.accent));
    const bool clicked = ImGui::Button(label, size);
    noteItem(label);
    ImGui::PopStyleColor(2);
    return clicked;
}

void noticeBanner(const std::string& text) {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(p.panelSoft));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.caution));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(("Note: " + text).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor(2);
}

}  // namespace ui
