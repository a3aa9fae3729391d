// Warm neutrals with a soft teal accent; the colour-blind palette swaps in Okabe–Ito hues.
#include "ui/theme.h"

#include <cstring>

namespace ui {
namespace {

Palette g_palette;

constexpr const char* kGroups[6] = {"body_care", "comfort", "connect", "calm_room", "wait", "safety"};
constexpr const char* kGroupTitles[6] = {"Feed and body care", "Comfort", "Connect",
                                         "Calm the room",      "Wait",    "Safety"};

ImU32 rgb(int r, int g, int b, int a = 255) { return IM_COL32(r, g, b, a); }

Palette warmPalette(bool highContrast) {
    Palette p{};
    p.ground = highContrast ? rgb(16, 14, 12) : rgb(43, 36, 32);
    p.panel = highContrast ? rgb(30, 27, 24) : rgb(61, 52, 46);
    p.panelSoft = highContrast ? rgb(44, 40, 36) : rgb(79, 68, 60);
    p.text = highContrast ? rgb(255, 255, 255) : rgb(247, 238, 226);
    p.textSoft = highContrast ? rgb(230, 224, 214) : rgb(206, 192, 176);
    p.accent = rgb(94, 184, 170);
    p.accentSoft = rgb(58, 122, 114);
    p.good = rgb(126, 196, 120);
    p.caution = rgb(236, 184, 92);
    p.concern = rgb(222, 120, 104);
    p.stageEarly = rgb(126, 196, 120);
    p.stageActive = rgb(236, 184, 92);
    p.stageLate = rgb(222, 120, 104);
    const ImU32 groups[6] = {rgb(214, 150, 96), rgb(196, 128, 150), rgb(110, 170, 200),
                             rgb(140, 160, 110), rgb(160, 150, 190), rgb(200, 110, 100)};
    std::memcpy(p.groupColour, groups, sizeof groups);
    p.star = rgb(245, 200, 90);
    p.starEmpty = rgb(120, 108, 96);
    return p;
}

Palette colourBlindPalette(bool highContrast) {
    Palette p = warmPalette(highContrast);
    // Okabe & Ito (2008): distinguishable with the common colour-vision differences.
    p.accent = rgb(86, 180, 233);
    p.accentSoft = rgb(40, 110, 150);
    p.good = rgb(0, 158, 115);
    p.caution = rgb(230, 159, 0);
    p.concern = rgb(213, 94, 0);
    p.stageEarly = rgb(86, 180, 233);
    p.stageActive = rgb(240, 228, 66);
    p.stageLate = rgb(213, 94, 0);
    const ImU32 groups[6] = {rgb(230, 159, 0), rgb(204, 121, 167), rgb(86, 180, 233),
                             rgb(0, 158, 115), rgb(180, 180, 180), rgb(213, 94, 0)};
    std::memcpy(p.groupColour, groups, sizeof groups);
    return p;
}

ImVec4 v(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

void setColours(ImGuiStyle& s, const Palette& p) {
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = v(p.text);
    c[ImGuiCol_TextDisabled] = v(p.starEmpty);
    c[ImGuiCol_WindowBg] = v(p.ground);
    c[ImGuiCol_ChildBg] = v(p.panel);
    c[ImGuiCol_PopupBg] = v(p.panel);
    c[ImGuiCol_Border] = v(p.panelSoft);
    c[ImGuiCol_FrameBg] = v(p.panelSoft);
    c[ImGuiCol_FrameBgHovered] = v(p.accentSoft);
    c[ImGuiCol_FrameBgActive] = v(p.accentSoft);
    c[ImGuiCol_Button] = v(p.panelSoft);
    c[ImGuiCol_ButtonHovered] = v(p.accentSoft);
    c[ImGuiCol_ButtonActive] = v(p.accent);
    c[ImGuiCol_Header] = v(p.panelSoft);
    c[ImGuiCol_HeaderHovered] = v(p.accentSoft);
    c[ImGuiCol_HeaderActive] = v(p.accent);
    c[ImGuiCol_CheckMark] = v(p.accent);
    c[ImGuiCol_SliderGrab] = v(p.accent);
    c[ImGuiCol_SliderGrabActive] = v(p.text);
    c[ImGuiCol_PlotHistogram] = v(p.accent);
    c[ImGuiCol_NavHighlight] = v(p.caution);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.05f, 0.04f, 0.03f, 0.6f);
    c[ImGuiCol_TitleBg] = v(p.panel);
    c[ImGuiCol_TitleBgActive] = v(p.panelSoft);
    c[ImGuiCol_Separator] = v(p.panelSoft);
    c[ImGuiCol_ScrollbarBg] = v(p.ground);
    c[ImGuiCol_ScrollbarGrab] = v(p.panelSoft);
    c[ImGuiCol_TableHeaderBg] = v(p.panelSoft);
    c[ImGuiCol_TableBorderLight] = v(p.panelSoft);
    c[ImGuiCol_TableBorderStrong] = v(p.panelSoft);
}

}  // namespace

void applyTheme(const ThemeDef& def) {
    g_palette = def.colourBlindSafe ? colourBlindPalette(def.highContrast) : warmPalette(def.highContrast);
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    s.WindowRounding = 10.0f;
    s.ChildRounding = 10.0f;
    s.FrameRounding = 8.0f;
    s.PopupRounding = 8.0f;
    s.GrabRounding = 8.0f;
    s.WindowPadding = ImVec2(18, 16);
    s.FramePadding = ImVec2(12, 8);
    s.ItemSpacing = ImVec2(12, 10);
    s.ScrollbarSize = 16.0f;
    s.WindowBorderSize = 0.0f;
    s.FrameBorderSize = def.highContrast ? 1.0f : 0.0f;
    setColours(s, g_palette);
    s.ScaleAllSizes(def.scale);
}

const Palette& palette() { return g_palette; }

int groupIndex(const char* group) {
    for (int i = 0; i < 6; ++i)
        if (group && std::strcmp(group, kGroups[i]) == 0) return i;
    return 0;
}

const char* groupTitle(int index) { return kGroupTitles[index < 0 || index > 5 ? 0 : index]; }

}  // namespace ui
