// The printable HTML debrief report: key numbers, four SVG charts, moments to discuss and a
// per-participant table. Self-contained: inline CSS and SVG, no scripts, no links out.
#include "format/session_report.h"

#include <algorithm>
#include <cstdio>

#include "format/svg_chart.h"

namespace format {
namespace {

std::string percent(double share) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", 100.0 * share);
    return buf;
}

std::string seconds(double s) {
    if (s < 0) return "—";
    char buf[24];
    std::snprintf(buf, sizeof buf, "%.1f s", s);
    return buf;
}

/// "3 min" for whole minutes, else "90 s".
std::string turnLimitText(double s) {
    const long whole = static_cast<long>(s + 0.5);
    return whole % 60 == 0 ? std::to_string(whole / 60) + " min" : std::to_string(whole) + " s";
}

std::string lookup(const std::map<std::string, std::string>& m, const std::string& key,
                   const std::string& fallback) {
    const auto it = m.find(key);
    return it == m.end() || it->second.empty() ? fallback : it->second;
}

const char* kStyle =
    "body{font-family:'DejaVu "
    "Sans',Arial,sans-serif;color:#000;background:#fff;margin:24px;max-width:1060px}"
    "h1{font-size:28px;margin:0 0 4px}h2{font-size:21px;border-bottom:2px solid "
    "#000;padding-bottom:3px;margin-top:28px}"
    ".meta{font-size:15px;margin:2px 0}.cards{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}"
    ".card{border:2px solid #000;padding:8px 12px;min-width:150px}.card "
    "b{display:block;font-size:26px}"
    "table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid "
    "#000;padding:4px 6px;text-align:left;vertical-align:top}"
    "th{background:#e8e8e8}figure.chart{margin:10px 0 "
    "18px}figcaption{font-weight:bold;font-size:16px;margin-bottom:4px}"
    "svg{max-width:100%;height:auto}.note{font-size:13px}.pagebreak{page-break-before:always;break-"
    "before:page}"
    "@media print{body{margin:0}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

std::string card(const std::string& value, const std::string& label) {
    return "<div class=\"card\"><b>" + htmlEscape(value) + "</b>" + htmlEscape(label) + "</div>";
}

std::string header(const Session& s, const ReportNames& names) {
    std::string out = "<h1>" + htmlEscape(s.name.empty() ? "Attune session" : s.name) + "</h1>";
    const int people = participantCount(s);
    const std::size_t planned = s.playlist.size() * static_cast<std::size_t>(people);
    out += "<p class=\"meta\">" + htmlEscape(s.date) + " · " +
           (s.mode == SessionMode::Group ? "group mode" : "hot-seat mode") + " · " +
           std::to_string(people) +
           (s.mode == SessionMode::Group ? " team(s)" : " participant(s)") + " · " +
           std::to_string(s.runs.size()) + " of " + std::to_string(planned) + " runs played" +
           (s.turnLimitS > 0 ? " · each turn limited to " + turnLimitText(s.turnLimitS) : "") + "</p>";
    std::string playlist;
    for (const std::string& id : s.playlist)
        playlist += (playlist.empty() ? "" : " → ") + lookup(names.levelTitles, id, id);
    return out + "<p class=\"meta\">Levels: " + htmlEscape(playlist) + "</p>";
}

const char* kNotTimed =
    "Time to fitting care is not measured in this session: play paused at each new cue while "
    "the room talked, so game time stood still while people decided.";

std::string keyNumbers(const core::Debrief& d, bool timing) {
    std::string out = "<div class=\"cards\">" +
                      card(percent(d.earlyCatchShare), "needs caught at the early cue") +
                      card(d.repairRate < 0 ? "—" : percent(d.repairRate), "misreads repaired") +
                      card(timing ? seconds(d.meanLatencyS) : "not measured",
                           "mean time to fitting care") +
                      card(std::to_string(d.missed) + " of " + std::to_string(d.episodes),
                           "needs missed");
    if (d.unfinished > 0)
        out += card(std::to_string(d.unfinished) + " of " + std::to_string(d.episodes),
                    "needs unfinished (runs ended early)");
    return out + card(std::to_string(d.safetyEvents), "safety events") + "</div>";
}

std::string troubleChart(const core::Debrief& d, const ReportNames& names) {
    std::vector<Bar> bars;
    double most = 1;  // bars are drawn against the times a need came up: 1 of 4 is a quarter
    for (const core::CueTally& t : d.needs) {
        const std::string value = std::to_string(t.missed) + " missed, " +
                                  std::to_string(t.misread) + " misread of " +
                                  std::to_string(t.episodes);
        bars.push_back({lookup(names.needNames, t.need, t.need),
                        {{static_cast<double>(t.missed), Fill::Solid},
                         {static_cast<double>(t.misread), Fill::Hatch}},
                        value});
        most = std::max({most, static_cast<double>(t.episodes), static_cast<double>(t.trouble())});
    }
    return horizontalBarChart("Needs missed or misread most (all runs)", bars, most,
                              {{Fill::Solid, "missed"}, {Fill::Hatch, "misread first"}});
}

std::string latencyChart(const core::Debrief& d, bool timing) {
    if (!timing) return "<p><b>Seconds to fitting care:</b> " + std::string(kNotTimed) + "</p>";
    static const Fill kFills[] = {Fill::Dots, Fill::Hatch, Fill::Cross};
    static const char* kLabels[] = {"early cue", "active cue", "late cue (crying)"};
    std::vector<Bar> bars;
    double most = 1;
    for (std::size_t i = 0; i < 3; ++i) {
        const core::StageLatency& l = d.latencyByStage[i];
        bars.push_back({std::string(kLabels[i]) + " (n=" + std::to_string(l.count) + ")",
                        {{std::max(0.0, l.meanLatencyS), kFills[i]}},
                        seconds(l.meanLatencyS)});
        most = std::max(most, l.meanLatencyS);
    }
    return verticalBarChart("Mean seconds to fitting care, by the cue stage it came at", bars, most,
                            "seconds", 620);
}

std::string sharesChart(const core::Debrief& d) {
    std::vector<Bar> bars = {
        {"needs caught at the early cue",
         {{d.earlyCatchShare, Fill::Dots}, {1.0 - d.earlyCatchShare, Fill::Light}},
         percent(d.earlyCatchShare)},
        {"misreads repaired",
         {{std::max(0.0, d.repairRate), Fill::Hatch},
          {d.repairRate < 0 ? 1.0 : 1.0 - d.repairRate, Fill::Light}},
         d.repairRate < 0 ? "no misreads" : percent(d.repairRate)}};
    return horizontalBarChart("Early catches and repairs (share of 100%)", bars, 1.0, {});
}

std::string safetyChart(const core::Debrief& d) {
    static const char* kWords[] = {"rough handling", "head not supported", "unsafe swaddle",
                                   "unsafe sleep",   "missed red flag",    "harmful care"};
    std::vector<Bar> bars;
    double most = 1;
    for (std::size_t i = 0; i < d.safetyByKind.size(); ++i) {
        if (!d.safetyByKind[i]) continue;
        bars.push_back({kWords[i],
                        {{static_cast<double>(d.safetyByKind[i]), Fill::Cross}},
                        std::to_string(d.safetyByKind[i])});
        most = std::max(most, static_cast<double>(d.safetyByKind[i]));
    }
    if (bars.empty()) return "<p>No safety events in this session.</p>";
    return horizontalBarChart("Safety events by kind", bars, most, {});
}

std::string momentsTable(const core::Debrief& d, const ReportNames& names, bool timing) {
    std::string out =
        "<table><tr><th>Level</th><th>Moment</th><th>Need</th><th>Early cues</th>"
        "<th>Missed</th><th>Misread</th><th>Mean time</th><th>Ask the group</th></tr>";
    const std::size_t shown = std::min<std::size_t>(8, d.moments.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const core::CueTally& t = d.moments[i];
        const std::string key = t.level + "/" + t.episodeId;
        out += "<tr><td>" + htmlEscape(lookup(names.levelTitles, t.level, t.level)) + "</td><td>" +
               htmlEscape(momentTitle(names, t.level, t.episodeId, t.need)) + "</td><td>" +
               htmlEscape(lookup(names.needNames, t.need, t.need)) + "</td><td>" +
               htmlEscape(lookup(names.momentCues, key, "")) + "</td><td>" +
               std::to_string(t.missed) + " / " + std::to_string(t.episodes) + "</td><td>" +
               std::to_string(t.misread) + " / " + std::to_string(t.episodes) + "</td><td>" +
               (timing ? seconds(t.meanLatencyS) : "not measured") + "</td><td>" +
               htmlEscape(lookup(names.discussion, key, "What was the baby telling us?")) +
               "</td></tr>";
    }
    return out + "</table>";
}

std::string participantTable(const Session& s, const std::vector<core::DebriefRun>& runs) {
    std::string out = "<table><tr><th>Participant</th><th>Runs</th>";
    if (s.showLeaderboard) out += "<th>Mean score</th>";
    out +=
        "<th>Early catches</th><th>Missed</th><th>Unfinished</th><th>Misread</th><th>Repaired</th>"
        "<th>Mean time</th><th>Safety events</th></tr>";
    for (int p = 0; p < participantCount(s); ++p) {
        const core::Debrief d = core::computeDebrief(runs, p);
        char score[16];
        std::snprintf(score, sizeof score, "%.0f", d.meanScore);
        out += "<tr><td>" + htmlEscape(participantLabel(s, p)) + "</td><td>" +
               std::to_string(d.runs) + "</td>";
        if (s.showLeaderboard) out += "<td>" + std::string(d.runs ? score : "—") + "</td>";
        out += "<td>" + percent(d.earlyCatchShare) + "</td><td>" + std::to_string(d.missed) +
               "</td><td>" + std::to_string(d.unfinished) + "</td><td>" +
               std::to_string(d.misread) + "</td><td>" +
               (d.repairRate < 0 ? "—" : percent(d.repairRate)) + "</td><td>" +
               (timingMeasured(s) ? seconds(d.meanLatencyS) : "not measured") + "</td><td>" +
               std::to_string(d.safetyEvents) + "</td></tr>";
    }
    return out + "</table>";
}

}  // namespace

std::string htmlEscape(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string sessionReportHtml(const Session& s, const ReportNames& names) {
    const std::vector<core::DebriefRun> runs = debriefRuns(s);
    const core::Debrief group = core::computeDebrief(runs);
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" +
                      htmlEscape(s.name.empty() ? "Attune session" : s.name) +
                      " — Attune debrief</title><style>" + kStyle + "</style></head><body>\n";
    out += svgPatternDefs() + "\n" + header(s, names);
    const bool timing = timingMeasured(s);
    out += "<h2>The group</h2>" + keyNumbers(group, timing) + "\n";
    if (group.unfinished > 0)
        out += "<p class=\"note\">Some runs were ended early: " + std::to_string(group.unfinished) +
               " need(s) were still in progress and are counted as unfinished, not missed.</p>\n";
    out += troubleChart(group, names) + "\n" + latencyChart(group, timing) + "\n" +
           sharesChart(group) +
           "\n" + safetyChart(group) + "\n";
    out +=
        "<h2>Moments to discuss</h2><p class=\"note\">The moments the group missed or misread "
        "most, "
        "with the level's discussion prompt.</p>" +
        momentsTable(group, names, timing) + "\n";
    out +=
        "<h2 class=\"pagebreak\">Each participant (facilitator's copy)</h2><p class=\"note\">In "
        "play order, "
        "never ranked." +
        std::string(s.showLeaderboard ? ""
                                      : " Scores are hidden because the "
                                        "session's leaderboard is off.") +
        "</p>" + participantTable(s, runs) + "\n";
    out +=
        "<p class=\"note\">Made by attune-report from the session file. Early = answered while the "
        "baby "
        "showed early cues; misread = the first response did not fit the need; repaired = a "
        "misread "
        "followed quickly by fitting care.</p>\n</body></html>\n";
    return out;
}

}  // namespace format
