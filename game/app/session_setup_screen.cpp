// Facilitator session setup: name, date, mode, participants or teams (names optional), playlist,
// leaderboard (off by default), pause on each cue, the projector preset; and resuming a saved
// session where it stopped.
#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <ctime>

#include "app/facilitator_state.h"
#include "app/screen_layout.h"
#include "app/screens.h"
#include "format/session_file.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace app {
namespace {

constexpr int kMaxParticipants = 20;
/// Turn length choices in minutes; 0 plays each level to its end.
constexpr int kTurnMinutes[] = {0, 2, 3, 5};

/// A saved session as the resume list shows it.
struct SavedSession {
    std::string path;
    std::string title;
    std::string progress;
    bool done = false;
};

std::string today(const AppContext& ctx) {
    if (ctx.options.isDeterministic()) return "2026-01-01";  // screenshots and tests stay stable
    const std::time_t now = std::time(nullptr);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", std::localtime(&now));
    return buf;
}

class SessionSetupScreen : public Screen {
  public:
    void enter(AppContext& ctx) override {
        std::snprintf(m_date, sizeof m_date, "%s", today(ctx).c_str());
        for (std::size_t i = 0; i < ctx.data.order.size() && i < 2; ++i)
            m_playlist.push_back(ctx.data.order[i]);
        listSaved(ctx);
    }

    void update(AppContext& ctx, const ScreenInput& in, double) override {
        applyCommonActions(ctx, in.actions);
        for (const UiAction& a : in.actions) handle(ctx, a);
        if (in.input.wasPressed(platform::Key::Escape)) m_next = ScreenId::Title;
    }

    void draw(const AppContext& ctx, UiActions& out) const override {
        beginFullWindow("session_setup");
        drawNotices(ctx, out);
        if (backButton()) out.push_back({"back"});
        ImGui::PushFont(ui::fonts().title);
        ImGui::TextUnformatted("Facilitator session");
        ImGui::PopFont();
        const float f = ImGui::GetFontSize();
        const float left = ImGui::GetContentRegionAvail().x * 0.58f;
        ImGui::BeginChild("new", ImVec2(left, 0), false);
        drawNewSession(ctx, out);
        ImGui::EndChild();
        ImGui::SameLine(0, f * 1.5f);
        ImGui::BeginChild("resume", ImVec2(0, 0), false);
        drawResume(out);
        ImGui::EndChild();
        ImGui::End();
    }

    ScreenId next() const override { return m_next; }

  private:
    void handle(AppContext& ctx, const UiAction& a) {
        if (a.verb == "back")
            m_next = ScreenId::Title;
        else if (a.verb == "mode")
            m_mode = static_cast<format::SessionMode>(a.index);
        else if (a.verb == "people")
            m_people = std::clamp(m_people + a.index, 1, kMaxParticipants);
        else if (a.verb == "leaderboard")
            m_leaderboard = !m_leaderboard;
        else if (a.verb == "turn_limit")
            m_turnLimitMin = a.index;
        else if (a.verb == "pause_on_cue")
            m_pauseOnCue = !m_pauseOnCue;
        else if (a.verb == "projector")
            setProjectorPreset(ctx, !isProjectorPreset(ctx));
        else if (a.verb == "level")
            toggleLevel(ctx, a.arg);
        else if (a.verb == "start")
            start(ctx);
        else if (a.verb == "resume" && openSession(ctx, a.arg))
            m_next = ScreenId::SessionPlay;
        else if (a.verb == "resume_debrief" && openSession(ctx, a.arg))
            m_next = ScreenId::SessionDebrief;
    }

    void toggleLevel(const AppContext& ctx, const std::string& id) {
        auto it = std::find(m_playlist.begin(), m_playlist.end(), id);
        if (it != m_playlist.end())
            m_playlist.erase(it);
        else
            m_playlist.push_back(id);
        // Keep the campaign's order: it runs from gentler to harder levels.
        std::vector<std::string> ordered;
        for (const std::string& l : ctx.data.order)
            if (std::find(m_playlist.begin(), m_playlist.end(), l) != m_playlist.end())
                ordered.push_back(l);
        m_playlist = ordered;
    }

    void start(AppContext& ctx) {
        format::Session s;
        s.name = m_name[0] ? m_name : "Class";
        s.date = m_date;
        s.mode = m_mode;
        for (int p = 0; p < m_people; ++p) s.participants.push_back(m_names[p]);
        s.playlist = m_playlist;
        s.showLeaderboard = m_leaderboard;
        s.pauseOnCue = m_pauseOnCue;
        s.relaxed = ctx.settings().relaxed;
        s.turnLimitS = m_turnLimitMin * 60.0;
        if (s.playlist.empty()) {
            ctx.notices.push_back("Choose at least one level for the playlist.");
            return;
        }
        startSession(ctx, std::move(s));
        m_next = ScreenId::SessionPlay;
    }

    void listSaved(const AppContext& ctx) {
        m_saved.clear();
        const std::vector<std::string> files = format::listSessionFiles(sessionDir(ctx));
        for (std::size_t i = 0; i < files.size() && i < 12; ++i) {
            const format::SessionLoad load = format::loadSession(files[i]);
            if (!load.session) continue;
            const format::Session& s = *load.session;
            const std::size_t planned =
                s.playlist.size() * static_cast<std::size_t>(format::participantCount(s));
            m_saved.push_back({files[i], s.date + "  " + s.name,
                               std::to_string(s.runs.size()) + " of " + std::to_string(planned) +
                                   " runs played" + (load.fromBackup ? " (from backup)" : ""),
                               format::nextTurn(s).done});
        }
    }

    void drawNewSession(const AppContext& ctx, UiActions& out) const {
        const float f = ImGui::GetFontSize();
        const float field = f * 18.0f;
        ui::heading("New session");
        ImGui::SetNextItemWidth(field);
        ImGui::InputTextWithHint("Name", "e.g. Tuesday bumps & babies", m_name, sizeof m_name);
        ImGui::SetNextItemWidth(field);
        ImGui::InputText("Date", m_date, sizeof m_date);
        if (ImGui::RadioButton("Hot-seat: each participant plays in turn",
                               m_mode == format::SessionMode::HotSeat))
            out.push_back({"mode", "", 0});
        if (ImGui::RadioButton("Group: you drive, the room (or a team) decides",
                               m_mode == format::SessionMode::Group))
            out.push_back({"mode", "", 1});
        drawPeople(out, field);
        drawPlaylist(ctx, out);
        drawTurnLength(ctx, out);
        ImGui::Spacing();
        bool leaderboard = m_leaderboard, pause = m_pauseOnCue, projector = isProjectorPreset(ctx);
        if (ImGui::Checkbox("Show individual scores (leaderboard)", &leaderboard))
            out.push_back({"leaderboard"});
        if (ImGui::Checkbox("Pause at each new cue to discuss it", &pause))
            out.push_back({"pause_on_cue"});
        if (ImGui::Checkbox("Projector view (large text, high contrast)", &projector))
            out.push_back({"projector"});
        ImGui::Spacing();
        if (ui::primaryButton("Start the session", ImVec2(f * 16.0f, f * 2.6f)))
            out.push_back({"start"});
    }

    void drawPeople(UiActions& out, float field) const {
        const bool group = m_mode == format::SessionMode::Group;
        ImGui::Spacing();
        ImGui::Text("%s: %d", group ? "Teams" : "Participants", m_people);
        ImGui::SameLine();
        if (ImGui::SmallButton(" - ")) out.push_back({"people", "", -1});
        ImGui::SameLine();
        if (ImGui::SmallButton(" + ")) out.push_back({"people", "", 1});
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft),
                           "Names are optional: an empty name shows as a number.");
        for (int p = 0; p < m_people; ++p) {
            ImGui::PushID(p);
            char hint[32];
            std::snprintf(hint, sizeof hint, "%s %d", group ? "Team" : "Participant", p + 1);
            ImGui::SetNextItemWidth(field * 0.8f);
            ImGui::InputTextWithHint("##person", hint, m_names[p], sizeof m_names[p]);
            if (p % 2 == 0 && p + 1 < m_people) ImGui::SameLine();
            ImGui::PopID();
        }
    }

    void drawPlaylist(const AppContext& ctx, UiActions& out) const {
        ImGui::Spacing();
        ImGui::Text("Playlist (%zu level%s)", m_playlist.size(), m_playlist.size() == 1 ? "" : "s");
        const float f = ImGui::GetFontSize();
        ImGui::BeginChild("playlist", ImVec2(0, f * 9.0f), true);
        for (const std::string& id : ctx.data.order) {
            const core::LevelDef* level = ctx.data.level(id);
            bool on = std::find(m_playlist.begin(), m_playlist.end(), id) != m_playlist.end();
            char label[200];
            std::snprintf(label, sizeof label, "%s  (%d min)",
                          level ? level->title.c_str() : id.c_str(),
                          level ? static_cast<int>(level->durationS / 60.0f + 0.5f) : 0);
            ImGui::PushID(id.c_str());
            if (ImGui::Checkbox(label, &on)) out.push_back({"level", id});
            ImGui::PopID();
        }
        ImGui::EndChild();
    }

    /// Turn length choices and what the whole session will take, so it fits the class.
    void drawTurnLength(const AppContext& ctx, UiActions& out) const {
        ImGui::Spacing();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Each turn:");
        for (int minutes : kTurnMinutes) {
            ImGui::SameLine();
            char label[32];
            std::snprintf(label, sizeof label, minutes ? "%d min##turn" : "whole level##turn",
                          minutes);
            if (ImGui::RadioButton(label, m_turnLimitMin == minutes))
                out.push_back({"turn_limit", "", minutes});
        }
        format::Session plan;
        plan.turnLimitS = m_turnLimitMin * 60.0;
        double playS = 0.0;
        for (const std::string& id : m_playlist)
            if (const core::LevelDef* level = ctx.data.level(id))
                playS += format::turnLengthS(plan, level->durationS);
        const int runs = static_cast<int>(m_playlist.size()) * m_people;
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft),
                           "About %d min of play: %d run%s%s.",
                           static_cast<int>(playS * m_people / 60.0 + 0.5), runs,
                           runs == 1 ? "" : "s",
                           m_pauseOnCue ? ", plus the talk at each cue" : "");
        ImGui::PopTextWrapPos();
    }

    void drawResume(UiActions& out) const {
        ui::heading("Resume a session");
        if (m_saved.empty())
            ImGui::TextWrapped("No saved sessions yet. Each run is saved the moment it ends.");
        for (std::size_t i = 0; i < m_saved.size(); ++i) {
            const SavedSession& s = m_saved[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TextUnformatted(s.title.c_str());
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft), "%s",
                               s.progress.c_str());
            if (!s.done && ImGui::Button("Resume")) out.push_back({"resume", s.path});
            if (!s.done) ImGui::SameLine();
            if (ImGui::Button("Debrief")) out.push_back({"resume_debrief", s.path});
            ImGui::Separator();
            ImGui::PopID();
        }
    }

    // Text fields are edited by ImGui in place (as on the profile screen); everything else
    // changes through actions in update.
    mutable char m_name[96] = "";
    mutable char m_date[32] = "";
    mutable char m_names[kMaxParticipants][48] = {};
    format::SessionMode m_mode = format::SessionMode::HotSeat;
    int m_people = 4;
    std::vector<std::string> m_playlist;
    bool m_leaderboard = false;
    bool m_pauseOnCue = true;
    int m_turnLimitMin = 0;  ///< one of kTurnMinutes
    std::vector<SavedSession> m_saved;
    ScreenId m_next = ScreenId::Stay;
};

}  // namespace

std::unique_ptr<Screen> makeSessionSetupScreen() {
    return std::make_unique<SessionSetupScreen>();
}

}  // namespace app
