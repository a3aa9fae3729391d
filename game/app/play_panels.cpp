// Play-screen panels: the scene, hints, captions, buttons and the coach. Nothing here mutates.
#include "app/play_panels.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "app/baby_view.h"
#include "app/response_faces.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace app {

ImVec4 col(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

void beginPanel(const char* name, ImVec2 min, ImVec2 max, bool background) {
    ImGui::SetNextWindowPos(min);
    ImGui::SetNextWindowSize(ImVec2(max.x - min.x, max.y - min.y));
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoSavedSettings;
    if (!background) flags |= ImGuiWindowFlags_NoBackground;
    ImGui::Begin(name, nullptr, flags);
}

namespace {

const char* stageWord(core::Stage s) {
    switch (s) {
    case core::Stage::Early: return "early";
    case core::Stage::Active: return "building";
    case core::Stage::Late: return "strong";
    }
    return "";
}

ImU32 stageColour(core::Stage s) {
    const ui::Palette& p = ui::palette();
    return s == core::Stage::Early ? p.stageEarly : (s == core::Stage::Active ? p.stageActive : p.stageLate);
}

std::string clockText(double s) {
    char buf[16];
    const int t = static_cast<int>(s);
    std::snprintf(buf, sizeof buf, "%d:%02d", t / 60, t % 60);
    return buf;
}

void hintRow(const core::Catalog& catalog, const core::VisibleCue& cue, HintLevel level) {
    const core::CueDef& def = catalog.cues[static_cast<std::size_t>(cue.cue)];
    const float f = ImGui::GetFontSize();
    const float fill = cue.stage == core::Stage::Early ? 0.33f : (cue.stage == core::Stage::Active ? 0.66f : 1.0f);
    if (cue.revealedNeed >= 0) {
        ImGui::Text("Checked: %s", catalog.needs[static_cast<std::size_t>(cue.revealedNeed)].name.c_str());
        return;
    }
    std::string needs;
    for (const std::string& n : def.needs) {
        for (const core::NeedDef& nd : catalog.needs)
            if (nd.id == n) needs += (needs.empty() ? "" : " or ") + nd.name;
    }
    if (level == HintLevel::Bars) {
        ImGui::Text("Maybe: %s", needs.c_str());
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, col(stageColour(cue.stage)));
        ImGui::ProgressBar(fill, ImVec2(f * 14, f * 1.1f), stageWord(cue.stage));
        ImGui::PopStyleColor();
    } else {
        // Icons: a shape per stage (circle, triangle, square) so colour is never the only signal.
        ImDrawList* d = ImGui::GetWindowDrawList();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float r = f * 0.45f;
        const ImVec2 c(p.x + r, p.y + f * 0.55f);
        const ImU32 k = stageColour(cue.stage);
        if (cue.stage == core::Stage::Early) d->AddCircleFilled(c, r, k);
        else if (cue.stage == core::Stage::Active)
            d->AddTriangleFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y + r), ImVec2(c.x - r, c.y + r), k);
        else d->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), k);
        ImGui::Dummy(ImVec2(2 * r + 4, f));
        ImGui::SameLine();
        ImGui::TextUnformatted(needs.c_str());
    }
}

}  // namespace

HintLevel hintLevelFor(int position, bool hintsOn) {
    if (!hintsOn) return HintLevel::BodyLanguageOnly;
    if (position < 3) return HintLevel::Bars;
    if (position < 6) return HintLevel::Icons;
    return HintLevel::BodyLanguageOnly;
}

double hintDelayFor(int position) { return 8.0 + 4.0 * std::max(0, position); }

std::vector<core::VisibleCue> hintableCues(const std::vector<core::VisibleCue>& cues, double delayS) {
    std::vector<core::VisibleCue> out;
    for (const core::VisibleCue& c : cues)
        if ((c.sinceS >= delayS || c.revealedNeed >= 0) && out.size() < 2) out.push_back(c);
    return out;
}

bool compactCaptions(const PlayLayout& l, float fontPx) { return l.sceneMax.y - l.sceneMin.y < fontPx * 20; }

void drawScenePanel(const AppContext& ctx, const PlayView& v) {
    const core::Simulation& sim = v.session.sim();
    const core::Observation& obs = sim.observe();
    ImDrawList* d = ImGui::GetBackgroundDrawList();
    const PlayLayout& l = v.layout;
    float envNoise = 0.0f;
    for (int e : obs.activeEnvEvents) envNoise += sim.level().events[static_cast<std::size_t>(e)].noise;
    BabyViewDef baby;
    baby.depiction = obs.look;
    baby.pose = sim.pose();
    baby.hasPose = true;
    baby.state = obs.state;
    baby.held = obs.held;
    baby.headSupported = sim.handling().headSupported;
    baby.ageWeeks = sim.level().baby.ageWeeks;
    baby.reduceMotion = ctx.settings().reduceMotion;
    baby.colourBlindSafe = ctx.settings().colourBlindSafe;
    if (obs.busyResponse >= 0) baby.action = ctx.data.catalog.responses[static_cast<std::size_t>(obs.busyResponse)].id;
    // The room draws the cot only while the baby lies in it (not at a feed, on the mat, in arms …).
    drawSetting(d, l.sceneMin, l.sceneMax, sim.level().setting, envNoise, !showsCot(baby),
                ctx.settings().reduceMotion, sim.timeS());
    // With large text the caption box takes a bigger share of the scene: the baby moves up and
    // shrinks a little so the caption never covers it.
    const float f = ImGui::GetFontSize();
    const float reserve = v.captions && compactCaptions(l, f) ? f * 3.0f : 0.0f;
    const float h = (l.sceneMax.y - l.sceneMin.y - reserve * 0.7f) * 0.62f;
    drawBabyAt(d, ImVec2((l.sceneMin.x + l.sceneMax.x) * 0.5f, (l.sceneMin.y + l.sceneMax.y - reserve) * 0.52f), h,
               baby, sim.timeS());
    // Laying the baby down is a moment, not a jump cut: the room dissolves in from a soft dim.
    if (v.layDownFade > 0.0f) {
        const auto alpha = static_cast<int>(200.0f * v.layDownFade);
        d->AddRectFilled(l.sceneMin, l.sceneMax, IM_COL32(38, 32, 28, alpha));
    }
}

void drawHints(const AppContext& ctx, const PlayView& v) {
    if (v.hints == HintLevel::BodyLanguageOnly) return;
    const core::Observation& obs = v.session.sim().observe();
    if (obs.cues.empty()) return;
    const float f = ImGui::GetFontSize();
    // In a small scene (large text) the handling help has the corner while the baby is in arms.
    if (obs.held && compactCaptions(v.layout, f)) return;
    ImGui::SetNextWindowPos(ImVec2(v.layout.sceneMin.x + f * 0.6f, v.layout.sceneMin.y + f * 0.6f));
    ImGui::SetNextWindowBgAlpha(0.82f);
    ImGui::Begin("hints", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                      ImGuiWindowFlags_NoNav);
    ImGui::TextColored(col(ui::palette().textSoft), "Hint");
    // The need is named only after the player has had time to read the baby first.
    const std::vector<core::VisibleCue> named = hintableCues(obs.cues, v.hintDelayS);
    for (const core::VisibleCue& cue : named) hintRow(ctx.data.catalog, cue, v.hints);
    ImGui::PushTextWrapPos(std::min(f * 18, (v.layout.sceneMax.x - v.layout.sceneMin.x) * 0.4f));
    if (named.empty()) ImGui::TextWrapped("Look first: what is the baby showing you?");
    if (v.hints == HintLevel::Bars) {
        const int ep = obs.cues.front().episode;
        const auto& eps = v.session.sim().level().episodes;
        if (ep >= 0 && !eps[static_cast<std::size_t>(ep)].hint.empty())
            ImGui::TextWrapped("%s", eps[static_cast<std::size_t>(ep)].hint.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::End();
}

void drawCaptions(const PlayView& v) {
    if (!v.captions || v.session.captions().empty()) return;
    const float f = ImGui::GetFontSize();
    const auto& lines = v.session.captions();
    const PlayLayout& l = v.layout;
    // Anchored at the scene's bottom edge; long lines wrap and the box grows upwards. With large
    // text in a small window only the newest line about the baby shows (the coach says what you did).
    const float sceneH = l.sceneMax.y - l.sceneMin.y;
    const bool compact = compactCaptions(l, f);
    const float w = l.sceneMax.x - l.sceneMin.x - 2 * f;
    ImGui::SetNextWindowPos(ImVec2(l.sceneMin.x + f, l.sceneMax.y - f * 0.5f), ImGuiCond_Always, ImVec2(0.0f, 1.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0), ImVec2(w, sceneH * 0.5f));
    ImGui::SetNextWindowBgAlpha(0.78f);
    ImGui::Begin("captions", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                                         ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PushTextWrapPos(w - ImGui::GetStyle().WindowPadding.x);
    std::vector<std::size_t> shown;
    for (std::size_t i = lines.size(); i-- > 0 && shown.size() < (compact ? 1u : 3u);)
        if (!compact || lines[i].text.rfind("You:", 0) != 0) shown.insert(shown.begin(), i);
    for (std::size_t i : shown) {
        const bool newest = i + 1 == lines.size() || compact;
        ImGui::PushStyleColor(ImGuiCol_Text, col(newest ? ui::palette().text : ui::palette().textSoft));
        ImGui::TextUnformatted(lines[i].text.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    ImGui::End();
}

void drawTopBar(const AppContext& ctx, const PlayView& v, UiActions& out) {
    const core::Simulation& sim = v.session.sim();
    const float f = ImGui::GetFontSize();
    beginPanel("topbar", ImVec2(0, 0), ImVec2(ImGui::GetIO().DisplaySize.x, v.layout.topBarPx), false);
    ImGui::PushFont(ui::fonts().large);
    ImGui::TextUnformatted(sim.level().title.c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, f * 2);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + f * 0.2f);
    std::string when = sim.level().setting.timeOfDay;
    if (!when.empty()) when[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(when[0])));
    ImGui::Text("%s with %s  ·  %s of %s%s%s", when.c_str(),
                sim.level().baby.name.c_str(), clockText(sim.timeS()).c_str(),
                clockText(sim.level().durationS).c_str(), ctx.settings().relaxed ? "  ·  relaxed" : "",
                v.session.isAutoplay() ? "  ·  autoplay" : "");
    ImGui::SameLine(ImGui::GetWindowWidth() - f * 9);
    if (ImGui::Button("Pause  (Esc)")) out.push_back({"pause"});
    ImGui::End();
}

namespace {

/// "Hold (H), Rock (R) or Walk and carry (W)": the responses that take the baby in arms.
std::string armResponses(const AppContext& ctx, const PlayView& v) {
    std::vector<std::string> names;
    std::vector<core::Gesture> kinds;  // one response per kind of handling: hold, rock, walk
    const auto& responses = ctx.data.catalog.responses;
    for (std::size_t r = 0; r < responses.size() && names.size() < 3; ++r) {
        const core::Gesture g = responses[r].gesture;
        if (g == core::Gesture::None || std::find(kinds.begin(), kinds.end(), g) != kinds.end()) continue;
        kinds.push_back(g);
        std::string name = responses[r].name;
        if (r < v.keyLabels.size() && !v.keyLabels[r].empty()) name += " (" + v.keyLabels[r] + ")";
        names.push_back(name);
    }
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
    return out;
}

}  // namespace

void drawHandlingHelp(const AppContext& ctx, const PlayView& v) {
    const core::Observation& obs = v.session.sim().observe();
    const core::ResponseDef* busy =
        obs.busyResponse >= 0 ? &ctx.data.catalog.responses[static_cast<std::size_t>(obs.busyResponse)] : nullptr;
    const bool inArms = busy && busy->gesture != core::Gesture::None;
    if (!inArms && !v.cotNotice) return;
    const float f = ImGui::GetFontSize();
    const PlayLayout& l = v.layout;
    const float wrapPx = std::min(f * 19.0f, (l.sceneMax.x - l.sceneMin.x) * 0.42f);
    ImGui::SetNextWindowPos(ImVec2(l.sceneMax.x - f * 0.6f, l.sceneMin.y + f * 0.6f), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    ImGui::SetNextWindowBgAlpha(0.85f);
    ImGui::Begin("handling help", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                               ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                               ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrapPx);
    if (inArms) {
        ImGui::TextWrapped("Hold the mouse down on the baby and drag slowly to rock (or arrows, stick). "
                           "While you hold on, the baby stays in your arms.");
        const char* pad = v.padConnected ? " (pad: Back)" : "";
        if (v.headSupported) ImGui::TextWrapped("Your hand supports the head. Space%s lets go.", pad);
        else ImGui::TextColored(col(ui::palette().stageLate), "Head not supported: Space%s supports it again.", pad);
    } else {
        ImGui::TextWrapped("To pick the baby up, choose %s, then drag on the baby.", armResponses(ctx, v).c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::End();
}

void drawCoach(const AppContext& ctx, const PlayView& v) {
    beginPanel("coach", v.layout.lowerMin, v.layout.lowerMax, false);
    const float w = ImGui::GetContentRegionAvail().x;
    const core::Observation& obs = v.session.sim().observe();
    const auto& coach = v.session.coach();
    if (coach) ui::coachCard("Your coach", coach->text, coach->tone, w * 0.72f);
    else {
        const std::string& name = v.session.sim().level().baby.name;
        ui::coachCard("Your coach", "Watch " + name + " closely. What might " + name + " be telling you?", 0, w * 0.72f);
    }
    const core::ResponseDef* busy =
        obs.busyResponse >= 0 ? &ctx.data.catalog.responses[static_cast<std::size_t>(obs.busyResponse)] : nullptr;
    ImGui::SetCursorPos(ImVec2(w * 0.76f, ImGui::GetStyle().WindowPadding.y));
    ImGui::BeginGroup();
    ui::stressMeter(obs.stress, w * 0.24f);
    ImGui::Spacing();
    if (busy) {
        ImGui::PushTextWrapPos(w);
        if (busy->gesture != core::Gesture::None && obs.busyRemainingS <= 0.0)
            ImGui::TextColored(col(ui::palette().accent), "Now: %s (while you hold on)", busy->name.c_str());
        else
            ImGui::TextColored(col(ui::palette().accent), "Now: %s (%.0f s)", busy->name.c_str(), obs.busyRemainingS);
        ImGui::PopTextWrapPos();
    }
    ImGui::EndGroup();
    ImGui::End();
}

void drawPause(const AppContext& ctx, UiActions& out) {
    ImGui::OpenPopup("Paused");
    const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(centre, ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Paused", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove)) return;
    const float f = ImGui::GetFontSize();
    const ImVec2 b(f * 16, f * 2.2f);
    ImGui::TextUnformatted("The baby waits while you take a breath.");
    if (ui::primaryButton("Resume  (Esc)", b)) out.push_back({"resume"});
    ImGui::SetItemDefaultFocus();
    bool captions = ctx.settings().captions, hints = ctx.settings().needHints;
    if (ImGui::Checkbox("Captions", &captions)) out.push_back({"set_captions", "", captions ? 1 : 0});
    ImGui::SameLine();
    if (ImGui::Checkbox("Need hints", &hints)) out.push_back({"set_hints", "", hints ? 1 : 0});
    if (ImGui::Button("Settings…", b)) out.push_back({"open_settings"});
    if (ImGui::Button("Restart the level", b)) out.push_back({"restart"});
    if (ImGui::Button("Back to the map", b)) out.push_back({"leave"});
    if (ImGui::Button("Quit Attune", b)) out.push_back({"quit"});
    ImGui::EndPopup();
}

void drawPauseSettings(const AppContext& ctx, const SettingsPanel& panel, UiActions& out) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::Begin("pause_settings", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    const float f = ImGui::GetFontSize();
    if (ui::primaryButton("Back to the pause menu  (Esc)", ImVec2(f * 16, f * 2.2f))) out.push_back({"close_settings"});
    ImGui::SameLine();
    ImGui::TextColored(col(ui::palette().textSoft), "The level waits. Changes are saved straight away.");
    ui::heading("Settings");
    panel.draw(ctx, out, true);
    ImGui::End();
}

void drawSafetyCard(const AppContext& ctx, const PlaySession& session, UiActions& out) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::Begin("safety", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    const float f = ImGui::GetFontSize();
    const float w = std::min(vp->Size.x * 0.7f, f * 50);
    ImGui::SetCursorPos(ImVec2((vp->Size.x - w) * 0.5f, vp->Size.y * 0.14f));
    ImGui::BeginChild("card", ImVec2(w, vp->Size.y * 0.72f), true);
    ImGui::PushFont(ui::fonts().title);
    ImGui::TextUnformatted("Let's pause here");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(session.safetyText().c_str());
    ImGui::Spacing();
    ui::heading("Your walk-away plan");
    const int stepAway = ctx.data.index->stepAwayResponse();
    if (stepAway >= 0)
        ImGui::TextUnformatted(ctx.data.catalog.responses[static_cast<std::size_t>(stepAway)].description.c_str());
    ImGui::TextUnformatted("Stepping away like this is always a safe choice. Crying will not harm your baby; shaking can.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    // Side by side when both labels fit, else one above the other: never cut off at large text.
    const char* endLabel = "End the level and see how it went";
    const float availX = ImGui::GetContentRegionAvail().x, gapX = ImGui::GetStyle().ItemSpacing.x;
    const float half = (availX - gapX) * 0.5f;
    const bool stack = ImGui::CalcTextSize(endLabel).x + ImGui::GetStyle().FramePadding.x * 2 > half;
    const ImVec2 button(stack ? availX : half, f * 2.4f);
    if (ui::primaryButton("I understand — carry on gently", button)) out.push_back({"safety_continue"});
    ImGui::SetItemDefaultFocus();
    if (!stack) ImGui::SameLine();
    if (ImGui::Button(endLabel, button)) out.push_back({"safety_end"});
    ImGui::EndChild();
    ImGui::End();
}

}  // namespace app
