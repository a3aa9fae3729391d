// Results: score, stars, the rating in words, the four components, the timeline with episode
// details linking to the Cue Library; then the level's reflection questions.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include <imgui_stdlib.h>

#include "app/baby_view.h"
#include "app/campaign_progress.h"
#include "app/screen_layout.h"
#include "app/screens.h"
#include "app/timeline_chart.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace app {
namespace {

class ResultsScreen : public Screen {
public:
    void enter(AppContext& ctx) override {
        if (ctx.lastRun) m_answers = reflectionsFor(ctx.profiles.current(), ctx.lastRun->levelId);
    }

    void update(AppContext& ctx, const ScreenInput& in, double) override {
        m_clockS = ctx.clockS;
        m_reduceMotion = ctx.settings().reduceMotion;
        applyCommonActions(ctx, in.actions);  // "Got it" on a notice (e.g. a save that failed)
        for (const UiAction& a : in.actions) {
            if (a.verb == "save_reflection" && ctx.lastRun) {
                saveReflection(ctx.profiles.edit(), ctx.lastRun->levelId, a.index, a.arg);
                ctx.profiles.save();
            }
            if (a.verb == "select") m_selected = a.index;
            if (a.verb == "reflect") m_reflecting = true;
            if (a.verb == "summary") m_reflecting = false;
            if (a.verb == "map") m_next = ScreenId::Campaign;
            if (a.verb == "again") m_next = ScreenId::Play;
            if (a.verb == "library") {
                ctx.libraryCue = a.arg;
                m_next = ScreenId::Library;
            }
        }
        if (in.input.wasPressed(platform::Key::Escape) && !ImGui::GetIO().WantTextInput) m_next = ScreenId::Campaign;
    }

    void draw(const AppContext& ctx, UiActions& out) const override {
        beginFullWindow("results");
        drawNotices(ctx, out);  // a profile save that failed at the level's end shows here
        const core::LevelDef* level = ctx.lastRun ? ctx.data.level(ctx.lastRun->levelId) : nullptr;
        if (!level) {
            ui::heading("No results yet");
            ImGui::TextUnformatted("Play a level to see how it went.");
            if (ImGui::Button("Back to the map")) out.push_back({"map"});
            ImGui::End();
            return;
        }
        if (m_reflecting) drawReflection(*level, out);
        else drawSummary(ctx, *ctx.lastRun, *level, out);
        ImGui::End();
    }

    ScreenId next() const override { return m_next; }

private:
    void drawSummary(const AppContext& ctx, const RunRecord& run, const core::LevelDef& level, UiActions& out) const {
        const core::LevelScore& s = run.score;
        const float f = ImGui::GetFontSize();
        const float w = ImGui::GetContentRegionAvail().x;
        ui::heading(("How it went: " + level.title).c_str());
        ImGui::BeginGroup();
        ImGui::PushFont(ui::fonts().title);
        ImGui::Text("%d", static_cast<int>(s.score + 0.5f));
        ImGui::PopFont();
        ImGui::SameLine();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft), "\n/ 100");
        ui::stars(s.stars, f * 2.2f);
        ImGui::Text("%d of 3 stars%s", s.stars, s.relaxed ? " · relaxed mode" : "");
        ImGui::EndGroup();
        ImGui::SameLine(f * 14);
        ImGui::BeginGroup();
        ImGui::Text("Sensitivity %d of 9", s.rating);
        ImGui::PushTextWrapPos(w * 0.56f - f);
        ImGui::TextWrapped("%s", s.ratingWords.c_str());
        ImGui::TextWrapped("Early catches %d%%  ·  repairs %d%%", static_cast<int>(s.earlyCatchRate * 100 + 0.5f),
                           static_cast<int>(s.repairRate * 100 + 0.5f));
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        ImGui::SameLine(w * 0.56f);
        ImGui::BeginGroup();
        const float bw = w * 0.42f;
        // Labels as wide as the widest (up to two thirds of the column), so the bars line up and
        // stay beside their labels at large text sizes too.
        static constexpr const char* kLabels[4] = {"Noticing cues (awareness)", "Reading needs (interpretation)",
                                                   "In good time (promptness)", "Care that fitted (appropriate)"};
        float labelW = bw * 0.5f;
        for (const char* l : kLabels) labelW = std::max(labelW, ImGui::CalcTextSize(l).x + ImGui::GetStyle().ItemSpacing.x);
        labelW = std::min(labelW, bw * 0.68f);
        const float values[4] = {s.components.awareness, s.components.interpretation, s.components.promptness,
                                 s.components.appropriateness};
        for (int i = 0; i < 4; ++i) ui::componentBar(kLabels[i], values[i], bw, labelW);
        ImGui::EndGroup();
        ImGui::Separator();
        // The timeline and the chosen episode scroll; the actions below stay in view at any text size.
        const float footer = f * 2.4f + ImGui::GetStyle().ItemSpacing.y * 2 + ImGui::GetStyle().WindowPadding.y;
        ImGui::BeginChild("timeline_body", ImVec2(0, std::max(f * 8, ImGui::GetContentRegionAvail().y - footer)));
        const float bodyW = ImGui::GetContentRegionAvail().x;
        ui::heading("Timeline — select a row to see what happened");
        const int clicked = drawTimeline(run, level, ctx.data.catalog, bodyW - f, m_selected);
        if (clicked >= 0) out.push_back({"select", "", clicked});
        drawEpisode(ctx, run, out, bodyW);
        ImGui::EndChild();
        ImGui::Spacing();
        if (ui::primaryButton("Reflect on this level", ImVec2(f * 14, f * 2.4f))) out.push_back({"reflect"});
        ImGui::SameLine();
        if (ImGui::Button("Play again", ImVec2(f * 10, f * 2.4f))) out.push_back({"again"});
        ImGui::SameLine();
        if (ImGui::Button("Back to the map", ImVec2(f * 12, f * 2.4f))) out.push_back({"map"});
    }

    void drawEpisode(const AppContext& ctx, const RunRecord& run, UiActions& out, float w) const {
        const core::EpisodeScore* ep = nullptr;
        for (const core::EpisodeScore& e : run.score.episodes)
            if (e.episode == m_selected) ep = &e;
        if (!ep) {
            if (!run.score.safetyEvents.empty())
                ui::coachCard("Safety", run.score.safetyEvents.front().text, 2, w);
            return;
        }
        const core::LevelDef* level = ctx.data.level(run.levelId);
        std::string heading = level && m_selected < static_cast<int>(level->episodes.size())
            ? episodeLabel(level->episodes[static_cast<std::size_t>(m_selected)], ctx.data.catalog)
            : ep->need;
        if (ep->latencyS >= 0) heading += " — answered after " + std::to_string(static_cast<int>(ep->latencyS + 0.5f)) + " s";
        ui::coachCard(heading.c_str(), ep->sentence, ep->score >= 0.65f ? 1 : 2, w);
        const std::size_t e = static_cast<std::size_t>(m_selected);
        if (e < run.firstCue.size() && run.firstCue[e] >= 0) {
            const core::CueDef& cue = ctx.data.catalog.cues[static_cast<std::size_t>(run.firstCue[e])];
            if (ImGui::Button(("Open \"" + cue.name + "\" in the Cue Library").c_str())) out.push_back({"library", cue.id});
        }
    }

    void drawReflection(const core::LevelDef& level, UiActions& out) const {
        const float f = ImGui::GetFontSize();
        const ImVec2 size = ImGui::GetWindowSize();
        ImDrawList* d = ImGui::GetWindowDrawList();
        const ImVec2 sceneMin(size.x * 0.6f, size.y * 0.1f), sceneMax(size.x * 0.96f, size.y * 0.9f);
        drawSetting(d, sceneMin, sceneMax, level.setting, 0.0f, false, m_reduceMotion, m_clockS);
        BabyViewDef baby;
        baby.state = core::BabyState::DeepSleep;
        baby.depiction.eyes = core::Eyes::Closed;
        baby.depiction.motion = 0.05f;
        baby.ageWeeks = level.baby.ageWeeks;
        baby.reduceMotion = m_reduceMotion;
        drawBabyAt(d, ImVec2((sceneMin.x + sceneMax.x) * 0.5f, (sceneMin.y + sceneMax.y) * 0.55f),
                   (sceneMax.y - sceneMin.y) * 0.55f, baby, m_clockS);
        ui::heading(("Reflection: " + level.title).c_str());
        ImGui::PushTextWrapPos(size.x * 0.55f);
        ImGui::TextWrapped("Take a moment with these. There are no wrong answers; talking them over with someone helps.");
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
        const float textW = size.x * 0.55f;
        int n = 0;
        m_answers.resize(std::max(m_answers.size(), level.reflection.size()));
        for (const std::string& q : level.reflection) {
            ImGui::PushFont(ui::fonts().large);
            ImGui::Text("%d.", n + 1);
            ImGui::PopFont();
            ImGui::SameLine();
            ImGui::PushTextWrapPos(textW);
            ImGui::TextWrapped("%s", q.c_str());
            ImGui::PopTextWrapPos();
            // The player's own words, kept in their profile on this computer.
            std::string& answer = m_answers[static_cast<std::size_t>(n)];
            ImGui::PushID(n);
            ImGui::InputTextMultiline("##answer", &answer, ImVec2(textW - ImGui::GetCursorPosX(), f * 3.6f));
            if (ImGui::IsItemDeactivatedAfterEdit()) out.push_back({"save_reflection", answer, n});
            if (answer.empty() && !ImGui::IsItemActive()) {
                const ImVec2 a = ImGui::GetItemRectMin();
                ImGui::GetWindowDrawList()->AddText(ImVec2(a.x + ImGui::GetStyle().FramePadding.x, a.y + ImGui::GetStyle().FramePadding.y),
                                                    ui::palette().textSoft, "Your thoughts (optional, only you see them)");
            }
            ImGui::PopID();
            ImGui::Spacing();
            ++n;
        }
        auto saveAll = [&] {
            for (std::size_t i = 0; i < level.reflection.size(); ++i)
                out.push_back({"save_reflection", m_answers[i], static_cast<int>(i)});
        };
        if (ui::primaryButton("Back to the map", ImVec2(f * 12, f * 2.4f))) {
            saveAll();
            out.push_back({"map"});
        }
        ImGui::SetItemDefaultFocus();
        ImGui::SameLine();
        if (ImGui::Button("See the results again", ImVec2(f * 14, f * 2.4f))) {
            saveAll();
            out.push_back({"summary"});
        }
        ImGui::SameLine();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft), "Answers are saved in your profile.");
    }

    /// Text being typed: ImGui edits it in place while drawing, so it lives outside the const state.
    mutable std::vector<std::string> m_answers;
    int m_selected = 0;
    double m_clockS = 0.0;       ///< for the sleeping baby's breathing
    bool m_reduceMotion = false;
    bool m_reflecting = false;
    ScreenId m_next = ScreenId::Stay;
};

}  // namespace

std::unique_ptr<Screen> makeResultsScreen() { return std::make_unique<ResultsScreen>(); }

}  // namespace app
