// Settings controls: scale, fullscreen, captions, hints, relaxed mode, palettes, motion, volumes,
// keys. Saved with the current profile as soon as they change.
#include "app/settings_panel.h"

#include <imgui.h>

#include <cctype>
#include <string>

#include "ui/theme.h"
#include "ui/widgets.h"

namespace app {
namespace {

void toggle(const char* label, const char* verb, bool value, UiActions& out, const char* help) {
    bool v = value;
    if (ImGui::Checkbox(label, &v)) out.push_back({verb, "", v ? 1 : 0});
    if (help[0] == '\0') return;
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft), "%s", help);
}

void slider(const char* label, const char* verb, float value, float lo, float hi, const char* fmt, UiActions& out) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    // Text size applies on release, so the font atlas is not rebuilt on every pixel of a drag.
    if (std::string(verb) == "ui_scale") {
        float v = value;
        if (dragSliderOnRelease(label, value, lo, hi, fmt, &v)) out.push_back({verb, "", -1, v});
        return;
    }
    float v = value;
    if (ImGui::SliderFloat(label, &v, lo, hi, fmt)) out.push_back({verb, "", -1, v});
}

}  // namespace

bool dragSliderOnRelease(const char* label, float stored, float lo, float hi, const char* fmt, float* released) {
    // The value being dragged lives in ImGui's state storage: the stored setting does not change
    // until release, and the release frame reports the dragged value, not the stored one.
    ImGuiStorage* st = ImGui::GetStateStorage();
    const ImGuiID id = ImGui::GetID(label);
    float v = st->GetFloat(id, stored);
    if (!st->GetBool(id + 1, false)) v = stored;
    ImGui::SliderFloat(label, &v, lo, hi, fmt);
    const bool active = ImGui::IsItemActive();
    st->SetBool(id + 1, active);
    st->SetFloat(id, v);
    if (!ImGui::IsItemDeactivated() || v == stored) return false;
    *released = v;
    return true;
}

void SettingsPanel::draw(const AppContext& ctx, UiActions& out, bool duringPlay) const {
    const format::Settings& s = ctx.settings();
    if (ImGui::BeginTable("settings", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextColumn();
        drawGeneral(s, out, duringPlay);
        ImGui::TableNextColumn();
        drawKeys(ctx, s, out);
        ImGui::EndTable();
    }
}

void SettingsPanel::drawGeneral(const format::Settings& s, UiActions& out, bool duringPlay) const {
    ui::heading("Seeing and hearing");
    slider("Text size", "ui_scale", s.uiScale, 0.75f, 2.0f, "%.2fx", out);
    toggle("Fullscreen (F11)", "fullscreen", s.fullscreen, out, "");
    toggle("Captions", "captions", s.captions, out, "names what the baby does and sounds like");
    toggle("Need hints", "need_hints", s.needHints, out, "fade as you progress");
    toggle("Colour-blind-safe colours", "colour_blind", s.colourBlindSafe, out, "");
    toggle("High contrast (projector)", "high_contrast", s.highContrast, out, "");
    toggle("Reduce motion", "reduce_motion", s.reduceMotion, out, "");
    slider("Baby volume", "baby_volume", s.babyVolume, 0.0f, 1.0f, "%.2f", out);
    slider("Interface volume", "interface_volume", s.interfaceVolume, 0.0f, 1.0f, "%.2f", out);
    ImGui::Spacing();
    ui::heading("Pace");
    toggle("Relaxed mode", "relaxed", s.relaxed, out,
           duringPlay ? "from the next level you start" : "no time pressure: only the cue stage counts");
}

void SettingsPanel::drawKeys(const AppContext& ctx, const format::Settings& s, UiActions& out) const {
    ui::heading("Keys");
    ImGui::TextWrapped("Choose a response, then press the letter or digit you want for it.");
    if (m_remapping >= 0) {
        const ImGuiIO& io = ImGui::GetIO();
        for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
            const ImWchar c = io.InputQueueCharacters[i];
            if (c < 128 && std::isalnum(static_cast<int>(c)))
                out.push_back({"set_key", std::string(1, static_cast<char>(std::toupper(static_cast<int>(c)))),
                               m_remapping});
        }
    }
    const auto& responses = ctx.data.catalog.responses;
    const float keysH = std::max(ImGui::GetFontSize() * 8, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 1.5f);
    ImGui::BeginChild("keys", ImVec2(0, keysH), true);
    for (std::size_t r = 0; r < responses.size(); ++r) {
        auto it = s.keys.find(responses[r].id);
        const std::string key = it != s.keys.end() ? it->second : responses[r].key;
        const bool waiting = m_remapping == static_cast<int>(r);
        const std::string label = (waiting ? std::string("press a key…") : "[" + key + "]") + "  " +
                                  responses[r].name + "##k" + std::to_string(r);
        if (ImGui::Selectable(label.c_str(), waiting)) out.push_back({"remap", "", static_cast<int>(r)});
    }
    ImGui::EndChild();
    if (ImGui::Button("Reset keys")) out.push_back({"reset_keys"});
}

bool SettingsPanel::apply(AppContext& ctx, const UiAction& a) {
    format::Settings& s = ctx.profiles.edit().settings;
    const bool on = a.index == 1;
    if (a.verb == "remap") {
        m_remapping = a.index;
        return true;
    }
    if (a.verb == "ui_scale") { s.uiScale = a.value; ctx.styleDirty = true; }
    else if (a.verb == "fullscreen") { s.fullscreen = on; ctx.fullscreenDirty = true; }
    else if (a.verb == "captions") s.captions = on;
    else if (a.verb == "need_hints") s.needHints = on;
    else if (a.verb == "colour_blind") { s.colourBlindSafe = on; ctx.styleDirty = true; }
    else if (a.verb == "high_contrast") { s.highContrast = on; ctx.styleDirty = true; }
    else if (a.verb == "reduce_motion") s.reduceMotion = on;
    else if (a.verb == "baby_volume") s.babyVolume = a.value;
    else if (a.verb == "interface_volume") s.interfaceVolume = a.value;
    else if (a.verb == "relaxed") s.relaxed = on;
    else if (a.verb == "reset_keys") s.keys.clear();
    else if (a.verb == "set_key" && a.index >= 0) {
        s.keys[ctx.data.catalog.responses[static_cast<std::size_t>(a.index)].id] = a.arg;
        m_remapping = -1;
    } else return false;
    ctx.profiles.save();
    ctx.sound.setVolumes(s.babyVolume, s.interfaceVolume);
    return true;
}

}  // namespace app
