// Replays a recorded session run exactly as it happened, with a scrub bar (seeking re-simulates
// from the start: Box2D snapshots do not restore) and optional pauses at each cue for discussion.
#include <imgui.h>

#include <algorithm>

#include "app/discuss_card.h"
#include "app/facilitator_state.h"
#include "app/play_panels.h"
#include "app/screen_layout.h"
#include "app/screens.h"
#include "core/run_recording.h"
#include "ui/fonts.h"
#include "ui/widgets.h"

namespace app {
namespace {

class SessionReplayScreen : public Screen {
  public:
    void enter(AppContext& ctx) override {
        FacilitatorState& f = facilitator();
        if (!ensureSessionOpen(ctx) || f.session.runs.empty()) {
            m_next = ScreenId::SessionSetup;
            return;
        }
        if (f.replayRun < 0 || f.replayRun >= static_cast<int>(f.session.runs.size()))
            f.replayRun = 0;
        m_run = &f.session.runs[static_cast<std::size_t>(f.replayRun)];
        m_level = ctx.data.level(m_run->level);
        if (!m_level) {
            ctx.notices.push_back("Level '" + m_run->level +
                                  "' is not installed, so its run cannot be replayed.");
            m_next = f.replayBack;
            return;
        }
        m_pauseAtCues = f.session.pauseOnCue;
        m_names = sessionNames(ctx);
        double startS = 0.0;
        if (f.replayEpisode >= 0 &&
            static_cast<std::size_t>(f.replayEpisode) < m_level->episodes.size())
            startS = std::max(
                0.0, static_cast<double>(
                         m_level->episodes[static_cast<std::size_t>(f.replayEpisode)].startS) -
                         2.0);
        seek(ctx, startS);
        m_playing = true;
    }

    void update(AppContext& ctx, const ScreenInput& in, double) override {
        applyCommonActions(ctx, in.actions);
        for (const UiAction& a : in.actions) handle(ctx, a);
        if (in.input.wasPressed(platform::Key::Escape)) m_next = facilitator().replayBack;
        if (!m_session || !m_playing || m_discussing || m_next != ScreenId::Stay) return;
        if (!stepOnce()) {
            m_playing = false;
            return;
        }
        if (m_pauseAtCues)
            if (auto moment = newCueIn(m_session->lastEvents())) {
                m_moment = *moment;
                m_discussing = true;
            }
    }

    void draw(const AppContext& ctx, UiActions& out) const override {
        if (!m_session) return;
        const ImVec2 display = ImGui::GetIO().DisplaySize;
        const PlayLayout layout = playLayout(display.x, display.y, ImGui::GetFontSize());
        PlayView v{*m_session,
                   layout,
                   m_noLabels,
                   m_noKeys,
                   HintLevel::BodyLanguageOnly,
                   ctx.settings().captions,
                   false};
        drawScenePanel(ctx, v);
        drawCaptions(v);
        drawCoach(ctx, v);
        drawControls(ctx, layout, out);
        if (m_discussing) drawDiscussCard(ctx, *m_level, m_moment, out);
    }

    void exit(AppContext& ctx) override { ctx.sound.setVoice(core::Voice::None, 0.0f); }

    ScreenId next() const override { return m_next; }

  private:
    void handle(AppContext& ctx, const UiAction& a) {
        if (a.verb == "play_pause")
            m_playing = !m_playing;
        else if (a.verb == "seek")
            seek(ctx, a.value);
        else if (a.verb == "pause_at_cues")
            m_pauseAtCues = !m_pauseAtCues;
        else if (a.verb == "reveal")
            m_moment.revealed = true;
        else if (a.verb == "discuss_continue")
            m_discussing = false;
        else if (a.verb == "back")
            m_next = facilitator().replayBack;
    }

    /// One recorded step; false at the end of the recording.
    bool stepOnce() {
        if (m_session->isOver() || m_replayer->step() >= m_run->recording.steps) return false;
        const core::StepInput in = m_replayer->next();
        if (in.respond >= 0) m_session->queueResponse(in.respond);
        if (in.hasHand) m_session->setHand(in.hand);
        m_session->step();
        // The player saw a teaching card here; the recording simply carries on.
        if (m_session->isStoppedForSafety()) m_session->resumeAfterSafety();
        return true;
    }

    /// Re-simulates from the start to game time tS.
    void seek(const AppContext& ctx, double tS) {
        SessionDef def;
        def.levelId = m_level->id;
        def.seed = m_run->recording.seed;
        def.relaxed = m_run->recording.relaxed;
        m_session = std::make_unique<PlaySession>(ctx.data.catalog, *m_level, def);
        m_replayer =
            std::make_unique<core::RunReplayer>(m_run->recording, m_session->sim().index());
        while (m_session->sim().timeS() < tS - 1e-9 && stepOnce()) {
        }
        m_discussing = false;
    }

    void drawControls(const AppContext& ctx, const PlayLayout& layout, UiActions& out) const {
        const format::Session& s = facilitator().session;
        const float f = ImGui::GetFontSize();
        ImGui::SetNextWindowPos(ImVec2(layout.panelMin.x, 0));
        ImGui::SetNextWindowSize(ImVec2(layout.panelMax.x - layout.panelMin.x, layout.panelMax.y));
        ImGui::Begin("replay_controls", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings);
        ImGui::PushTextWrapPos(0.0f);
        ui::heading("Replay");
        ImGui::Text("%s  ·  %s", format::participantLabel(s, m_run->participant).c_str(),
                    m_level->title.c_str());
        const double durationS =
            std::min<double>(m_level->durationS, m_run->recording.steps / 60.0);
        const double nowS = m_session->sim().timeS();
        ImGui::Text("%d:%02d of %d:%02d", static_cast<int>(nowS) / 60, static_cast<int>(nowS) % 60,
                    static_cast<int>(durationS) / 60, static_cast<int>(durationS) % 60);
        // While dragging, the slider's value lives in ImGui's storage; releasing it seeks once
        // (each seek re-simulates from the start).
        ImGuiStorage* storage = ImGui::GetStateStorage();
        const ImGuiID valueId = ImGui::GetID("scrub_value");
        const ImGuiID draggingId = ImGui::GetID("scrub_dragging");
        float scrub =
            storage->GetBool(draggingId) ? storage->GetFloat(valueId) : static_cast<float>(nowS);
        ImGui::SetNextItemWidth(-1);
        ImGui::SliderFloat("##scrub", &scrub, 0.0f, static_cast<float>(durationS), "%.0f s");
        const bool dragging = ImGui::IsItemActive();
        storage->SetBool(draggingId, dragging);
        if (dragging) storage->SetFloat(valueId, scrub);
        if (ImGui::IsItemDeactivatedAfterEdit())
            out.push_back({"seek", "", -1, storage->GetFloat(valueId)});
        const ImVec2 button(f * 10.0f, f * 2.4f);
        if (ui::primaryButton(m_playing ? "Pause" : "Play", button)) out.push_back({"play_pause"});
        ImGui::SameLine();
        if (ImGui::Button("< Back", button)) out.push_back({"back"});
        bool pauseAtCues = m_pauseAtCues;
        if (ImGui::Checkbox("Pause at each new cue", &pauseAtCues))
            out.push_back({"pause_at_cues"});
        ImGui::Separator();
        ImGui::TextUnformatted("Jump to a moment:");
        for (std::size_t i = 0; i < m_level->episodes.size(); ++i) {
            const core::EpisodeDef& e = m_level->episodes[i];
            if (e.startS > durationS) continue;  // after the run ended: nothing to see
            ImGui::PushID(static_cast<int>(i));
            const std::string title = format::momentTitle(m_names, m_level->id, e.id, e.need);
            char label[200];
            std::snprintf(label, sizeof label, "%d:%02d  %s", static_cast<int>(e.startS) / 60,
                          static_cast<int>(e.startS) % 60, title.c_str());
            if (ImGui::Selectable(label))
                out.push_back({"seek", "", -1, std::max(0.0f, e.startS - 2.0f)});
            ImGui::PopID();
        }
        if (s.showLeaderboard)
            ImGui::Text("Final score %.0f", static_cast<double>(m_run->score.score));
        ImGui::PopTextWrapPos();
        drawNotices(ctx, out);
        ImGui::End();
    }

    const format::SessionRun* m_run = nullptr;
    const core::LevelDef* m_level = nullptr;
    std::unique_ptr<PlaySession> m_session;
    std::unique_ptr<core::RunReplayer> m_replayer;
    std::vector<std::string> m_noLabels;
    std::vector<int> m_noKeys;
    DiscussMoment m_moment;
    format::ReportNames m_names;  ///< moments in player words
    bool m_playing = false;
    bool m_discussing = false;
    bool m_pauseAtCues = false;
    ScreenId m_next = ScreenId::Stay;
};

}  // namespace

std::unique_ptr<Screen> makeSessionReplayScreen() {
    return std::make_unique<SessionReplayScreen>();
}

}  // namespace app
