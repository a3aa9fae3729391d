// The pause-and-discuss card: the question and prompt first, the cue's meaning only on Reveal.
#include "app/discuss_card.h"

#include <imgui.h>

#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace app {
namespace {

std::string needName(const AppContext& ctx, const std::string& id) {
    for (const core::NeedDef& n : ctx.data.catalog.needs)
        if (n.id == id) return n.name;
    return id;
}

void drawAnswer(const AppContext& ctx, const core::LevelDef& level, const DiscussMoment& m) {
    const auto& cues = ctx.data.catalog.cues;
    if (m.cue < 0 || static_cast<std::size_t>(m.cue) >= cues.size()) return;
    const core::CueDef& cue = cues[static_cast<std::size_t>(m.cue)];
    ImGui::PushFont(ui::fonts().large);
    ImGui::TextUnformatted(cue.name.c_str());
    ImGui::PopFont();
    ImGui::TextWrapped("%s", cue.seen.c_str());
    if (m.episode >= 0 && static_cast<std::size_t>(m.episode) < level.episodes.size())
        ImGui::TextWrapped(
            "Here the baby is telling us: %s.",
            needName(ctx, level.episodes[static_cast<std::size_t>(m.episode)].need).c_str());
    if (cue.needs.size() > 1) {
        std::string all;
        for (const std::string& n : cue.needs) all += (all.empty() ? "" : ", ") + needName(ctx, n);
        ImGui::TextWrapped("This cue can also mean: %s.", all.c_str());
    }
    if (!cue.meaning.empty()) ImGui::TextWrapped("%s", cue.meaning.c_str());
    if (!cue.helps.empty()) ImGui::TextWrapped("What helps: %s", cue.helps.c_str());
}

}  // namespace

std::optional<DiscussMoment> newCueIn(const core::EventList& events) {
    for (const core::Event& e : events)
        if (e.type == core::EventType::CueStarted && e.cue >= 0)
            return DiscussMoment{e.episode, e.cue, e.timeS, false};
    return std::nullopt;
}

void drawDiscussCard(const AppContext& ctx, const core::LevelDef& level, const DiscussMoment& m,
                     UiActions& out) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float f = ImGui::GetFontSize();
    const ImVec2 size(std::min(display.x * 0.62f, f * 46.0f), 0.0f);
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.42f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(ui::palette().panel));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 3.0f);
    ImGui::Begin("discuss", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PushFont(ui::fonts().title);
    ImGui::TextWrapped("What is the baby telling us?");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    if (m.episode >= 0 && static_cast<std::size_t>(m.episode) < level.episodes.size()) {
        const std::string& prompt = level.episodes[static_cast<std::size_t>(m.episode)].discussion;
        if (!prompt.empty())
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ui::palette().textSoft), "%s",
                               prompt.c_str());
    }
    ImGui::Separator();
    if (m.revealed) drawAnswer(ctx, level, m);
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, f * 0.5f));
    const ImVec2 button(f * 12.0f, f * 2.4f);
    if (!m.revealed) {
        if (ui::primaryButton("Reveal the answer", button)) out.push_back({"reveal"});
        ImGui::SameLine();
    }
    if (m.revealed ? ui::primaryButton("Continue", button) : ImGui::Button("Continue", button))
        out.push_back({"discuss_continue"});
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

}  // namespace app
