// The debrief: the group's numbers (needs missed or misread most, latency by cue stage, early
// catches, repairs, safety events), one participant on demand, replays of the moments, and the
// same exports as attune-report.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "app/facilitator_state.h"
#include "app/screen_layout.h"
#include "app/screens.h"
#include "core/debrief.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace app {
namespace {

std::string percentText(double share) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", 100.0 * share);
    return buf;
}

std::string secondsText(double s) {
    if (s < 0) return "-";
    char buf[24];
    std::snprintf(buf, sizeof buf, "%.1f s", s);
    return buf;
}

std::string named(const std::map<std::string, std::string>& names, const std::string& id) {
    const auto it = names.find(id);
    return it == names.end() || it->second.empty() ? id : it->second;
}

/// The first run of this moment where it was missed or misread (else the first run of it), or -1.
int runToReplay(const format::Session& s, const core::CueTally& t, int* episode) {
    int fallback = -1;
    for (std::size_t r = 0; r < s.runs.size(); ++r) {
        if (s.runs[r].level != t.level) continue;
        for (const core::EpisodeScore& e : s.runs[r].score.episodes) {
            if (e.episodeId != t.episodeId) continue;
            if (fallback < 0) fallback = static_cast<int>(r), *episode = e.episode;
            if (e.missed || core::isMisread(e)) {
                *episode = e.episode;
                return static_cast<int>(r);
            }
        }
    }
    return fallback;
}

class SessionDebriefScreen : public Screen {
  public:
    void enter(AppContext& ctx) override {
        if (!ensureSessionOpen(ctx)) {
            m_next = ScreenId::SessionSetup;
            return;
        }
        m_names = sessionNames(ctx);
        recompute();
    }

    void update(AppContext& ctx, const ScreenInput& in, double) override {
        applyCommonActions(ctx, in.actions);
        for (const UiAction& a : in.actions) {
            if (a.verb == "who") {
                m_participant = a.index;
                recompute();
            } else if (a.verb == "replay") {
                facilitator().replayRun = a.index;
                facilitator().replayEpisode = static_cast<int>(a.value);
                facilitator().replayBack = ScreenId::SessionDebrief;
                m_next = ScreenId::SessionReplay;
            } else if (a.verb == "export") {
                std::string error;
                const std::vector<std::string> paths = exportReports(ctx, &error);
                if (paths.empty())
                    ctx.notices.push_back("Export failed: " + error);
                else
                    ctx.notices.push_back("Exported " + paths[0] + ", " + paths[1] + " and " +
                                          paths[2] + ".");
            } else if (a.verb == "continue") {
                m_next = ScreenId::SessionPlay;
            } else if (a.verb == "back") {
                m_next = ScreenId::Title;
            }
        }
        if (in.input.wasPressed(platform::Key::Escape)) m_next = ScreenId::Title;
    }

    void draw(const AppContext& ctx, UiActions& out) const override {
        const format::Session& s = facilitator().session;
        beginFullWindow("debrief");
        drawNotices(ctx, out);
        ImGui::PushFont(ui::fonts().title);
        ImGui::TextWrapped("Debrief: %s", s.name.empty() ? "session" : s.name.c_str());
        ImGui::PopFont();
        drawToolbar(s, out);
        ImGui::Separator();
        const float f = ImGui::GetFontSize();
        const float half = ImGui::GetContentRegionAvail().x * 0.5f - f;
        ImGui::BeginChild("left", ImVec2(half, 0));
        ImGui::PushTextWrapPos(0.0f);  // large projector text wraps instead of running off
        drawKeyNumbers(s);
        drawNeeds(half);
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
        ImGui::SameLine(0, f * 2);
        ImGui::BeginChild("right", ImVec2(0, 0));
        ImGui::PushTextWrapPos(0.0f);
        drawStages(s, half);
        drawMoments(s, out);
        drawRuns(s, out);
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
        ImGui::End();
    }

    ScreenId next() const override { return m_next; }

  private:
    void recompute() {
        m_debrief = core::computeDebrief(format::debriefRuns(facilitator().session), m_participant);
    }

    void drawToolbar(const format::Session& s, UiActions& out) const {
        const float f = ImGui::GetFontSize();
        const std::string who =
            m_participant < 0 ? "The whole group" : format::participantLabel(s, m_participant);
        ImGui::SetNextItemWidth(f * 16);
        if (ImGui::BeginCombo("##who", who.c_str())) {
            if (ImGui::Selectable("The whole group", m_participant < 0))
                out.push_back({"who", "", -1});
            for (int p = 0; p < format::participantCount(s); ++p)
                if (ImGui::Selectable(format::participantLabel(s, p).c_str(), m_participant == p))
                    out.push_back({"who", "", p});
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        if (ui::primaryButton("Export HTML, CSV and JSON")) out.push_back({"export"});
        ImGui::SameLine();
        if (!format::nextTurn(s).done && ImGui::Button("Continue the session"))
            out.push_back({"continue"});
        ImGui::SameLine();
        if (ImGui::Button("Title")) out.push_back({"back"});
        if (m_participant >= 0)
            ImGui::TextColored(
                ImGui::ColorConvertU32ToFloat4(ui::palette().caution),
                "Showing one participant: for a private word, not for the projector.");
    }

    void drawKeyNumbers(const format::Session& s) const {
        const core::Debrief& d = m_debrief;
        ui::heading("The numbers");
        ImGui::Text("Needs caught at the early cue: %s", percentText(d.earlyCatchShare).c_str());
        ImGui::Text("Misreads repaired: %s",
                    d.repairRate < 0 ? "no misreads" : percentText(d.repairRate).c_str());
        ImGui::Text("Mean time to fitting care: %s",
                    format::timingMeasured(s) ? secondsText(d.meanLatencyS).c_str()
                                              : "not measured (paused at each cue)");
        ImGui::Text("Needs missed: %d of %d   ·   misread first: %d", d.missed, d.episodes,
                    d.misread);
        if (d.unfinished > 0)
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().caution),
                               "Needs unfinished: %d of %d (runs ended early; not counted as "
                               "missed)",
                               d.unfinished, d.episodes);
        ImGui::Text("Safety events: %d", d.safetyEvents);
        for (std::size_t k = 0; k < d.safetyByKind.size(); ++k)
            if (d.safetyByKind[k]) {
                std::string kind(core::kSafetyKindNames[k]);
                std::replace(kind.begin(), kind.end(), '_', ' ');
                ImGui::BulletText("%s: %d", kind.c_str(), d.safetyByKind[k]);
            }
    }

    void drawNeeds(float widthPx) const {
        ui::heading("Needs missed or misread most");
        const float f = ImGui::GetFontSize();
        int most = 1;  // against the times a need came up: "1 misread of 4" fills a quarter
        for (const core::CueTally& t : m_debrief.needs)
            most = std::max({most, t.episodes, t.trouble()});
        for (const core::CueTally& t : m_debrief.needs) {
            if (t.trouble() == 0) continue;
            ImGui::Text("%s  —  %d missed, %d misread of %d",
                        named(m_names.needNames, t.need).c_str(), t.missed, t.misread, t.episodes);
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const float unit = (widthPx - f) / static_cast<float>(most);
            ImDrawList* d = ImGui::GetWindowDrawList();
            const float h = f * 0.8f;
            d->AddRectFilled(at, ImVec2(at.x + unit * t.missed, at.y + h), ui::palette().concern);
            const float x0 = at.x + unit * t.missed;
            d->AddRectFilled(ImVec2(x0, at.y), ImVec2(x0 + unit * t.misread, at.y + h),
                             ui::palette().caution);
            for (float x = x0; x < x0 + unit * t.misread;
                 x += h * 0.6f)  // hatching: not colour alone
                d->AddLine(ImVec2(x, at.y + h),
                           ImVec2(std::min(x + h * 0.6f, x0 + unit * t.misread), at.y),
                           ui::palette().text, 1.5f);
            ImGui::Dummy(ImVec2(widthPx, h + f * 0.3f));
        }
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft),
                           "Solid: missed.  Hatched: misread first.");
    }

    void drawStages(const format::Session& s, float widthPx) const {
        ui::heading("Time to fitting care, by cue stage");
        if (!format::timingMeasured(s)) {
            ImGui::TextWrapped(
                "Not measured in this session: play paused at each new cue while the room "
                "talked, so game time stood still while people decided.");
            return;
        }
        static const char* kStage[] = {"early cue", "active cue", "late cue (crying)"};
        double most = 1;
        for (const core::StageLatency& l : m_debrief.latencyByStage)
            most = std::max(most, l.meanLatencyS);
        for (std::size_t i = 0; i < 3; ++i) {
            const core::StageLatency& l = m_debrief.latencyByStage[i];
            ImGui::Text("%s: %s  (n=%d)", kStage[i], secondsText(l.meanLatencyS).c_str(), l.count);
            ImGui::ProgressBar(static_cast<float>(std::max(0.0, l.meanLatencyS) / most),
                               ImVec2(widthPx, 0), "");
        }
    }

    void drawMoments(const format::Session& s, UiActions& out) const {
        ui::heading("Moments to discuss");
        const std::size_t shown = std::min<std::size_t>(5, m_debrief.moments.size());
        for (std::size_t i = 0; i < shown; ++i) {
            const core::CueTally& t = m_debrief.moments[i];
            if (t.trouble() == 0) break;
            ImGui::PushID(static_cast<int>(i));
            int episode = -1;
            const int run = runToReplay(s, t, &episode);
            if (run >= 0 && ImGui::SmallButton("Replay"))
                out.push_back({"replay", "", run, static_cast<float>(episode)});
            ImGui::SameLine();
            std::string moment = format::momentTitle(m_names, t.level, t.episodeId, t.need);
            const std::string need = named(m_names.needNames, t.need);
            if (moment != need) moment += " (" + need + ")";
            ImGui::TextWrapped("%s: %s, %d missed, %d misread",
                               named(m_names.levelTitles, t.level).c_str(), moment.c_str(),
                               t.missed, t.misread);
            const auto prompt = m_names.discussion.find(t.level + "/" + t.episodeId);
            if (prompt != m_names.discussion.end() && !prompt->second.empty())
                ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft),
                                   "Ask: %s", prompt->second.c_str());
            ImGui::PopID();
        }
    }

    void drawRuns(const format::Session& s, UiActions& out) const {
        ui::heading("Runs");
        for (std::size_t r = 0; r < s.runs.size(); ++r) {
            const format::SessionRun& run = s.runs[r];
            if (m_participant >= 0 && run.participant != m_participant) continue;
            ImGui::PushID(static_cast<int>(r) + 1000);
            if (ImGui::SmallButton("Replay"))
                out.push_back({"replay", "", static_cast<int>(r), -1.0f});
            ImGui::SameLine();
            ImGui::Text("%s  ·  %s", format::participantLabel(s, run.participant).c_str(),
                        named(m_names.levelTitles, run.level).c_str());
            if (s.showLeaderboard) {
                ImGui::SameLine();
                ImGui::Text("·  %.0f", static_cast<double>(run.score.score));
            }
            int unfinished = 0;
            for (const core::EpisodeScore& e : run.score.episodes) unfinished += e.unfinished;
            if (unfinished > 0) {
                ImGui::SameLine();
                ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().caution),
                                   "·  ended early, %d unfinished", unfinished);
            }
            ImGui::PopID();
        }
    }

    format::ReportNames m_names;
    core::Debrief m_debrief;
    int m_participant = -1;
    ScreenId m_next = ScreenId::Stay;
};

}  // namespace

std::unique_ptr<Screen> makeSessionDebriefScreen() {
    return std::make_unique<SessionDebriefScreen>();
}

}  // namespace app
