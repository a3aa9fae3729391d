// Session → names, debrief runs, CSV and JSON (the HTML page is in session_html.cpp).
#include "format/session_report.h"

#include "core/catalog_index.h"
#include "format/json_writer.h"

namespace format {
namespace {

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

std::string cueNames(const core::CatalogIndex& index, const core::EpisodeDef& e) {
    std::vector<std::string> names;
    for (const std::string& id : e.cues)
        if (index.cueIndex(id) >= 0)
            names.push_back(
                index.catalog().cues[static_cast<std::size_t>(index.cueIndex(id))].name);
    if (!names.empty()) return joinNames(names);
    const int need = index.needIndex(e.need);
    if (need < 0) return {};
    for (int c : index.cuesFor(need, core::Stage::Early))
        names.push_back(index.catalog().cues[static_cast<std::size_t>(c)].name);
    return joinNames(names);
}

void writeTally(JsonWriter& w, const core::CueTally& t) {
    w.beginObject();
    if (!t.level.empty()) w.value("level", t.level);
    if (!t.episodeId.empty()) w.value("episode_id", t.episodeId);
    w.value("need", t.need);
    w.value("episodes", t.episodes);
    w.value("answered", t.answered);
    w.value("missed", t.missed);
    w.value("misread", t.misread);
    w.value("early", t.early);
    w.value("mean_latency_s", t.meanLatencyS);
    w.endObject();
}

void writeDebrief(JsonWriter& w, std::string_view key, const core::Debrief& d) {
    w.beginObject(key);
    w.value("runs", d.runs);
    w.value("episodes", d.episodes);
    w.value("answered", d.answered);
    w.value("missed", d.missed);
    w.value("misread", d.misread);
    w.value("early_catches", d.earlyCatches);
    w.value("early_catch_share", d.earlyCatchShare);
    w.value("mismatched_episodes", d.mismatchedEpisodes);
    w.value("repaired_episodes", d.repairedEpisodes);
    w.value("repair_rate", d.repairRate);
    w.value("mean_score", d.meanScore);
    w.value("mean_latency_s", d.meanLatencyS);
    w.beginObject("latency_by_stage");
    for (std::size_t i = 0; i < d.latencyByStage.size(); ++i) {
        w.beginObject(core::kStageNames[i]);
        w.value("count", d.latencyByStage[i].count);
        w.value("mean_latency_s", d.latencyByStage[i].meanLatencyS);
        w.endObject();
    }
    w.endObject();
    w.value("safety_events", d.safetyEvents);
    w.beginObject("safety_by_kind");
    for (std::size_t i = 0; i < d.safetyByKind.size(); ++i)
        w.value(core::kSafetyKindNames[i], d.safetyByKind[i]);
    w.endObject();
    w.beginArray("needs");
    for (const core::CueTally& t : d.needs) writeTally(w, t);
    w.endArray();
    w.beginArray("moments");
    for (const core::CueTally& t : d.moments) writeTally(w, t);
    w.endArray();
    w.endObject();
}

}  // namespace

ReportNames reportNames(const core::Catalog& catalog, const std::vector<core::LevelDef>& levels) {
    ReportNames n;
    const core::CatalogIndex index(catalog);
    for (const core::NeedDef& need : catalog.needs) n.needNames[need.id] = need.name;
    for (const core::LevelDef& level : levels) {
        n.levelTitles[level.id] = level.title;
        for (const core::EpisodeDef& e : level.episodes) {
            const std::string key = level.id + "/" + e.id;
            n.momentCues[key] = cueNames(index, e);
            n.discussion[key] = e.discussion;
        }
    }
    return n;
}

std::vector<core::DebriefRun> debriefRuns(const Session& session) {
    std::vector<core::DebriefRun> runs;
    for (const SessionRun& r : session.runs) runs.push_back({r.participant, r.level, r.score});
    return runs;
}

std::string csvCell(std::string_view text) {
    std::string cell(text);
    if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' ||
                          cell[0] == '\t' || cell[0] == '\r'))
        cell.insert(cell.begin(), '\'');
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (char c : cell) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string sessionCsv(const Session& s, const ReportNames& names) {
    static const char* kHeader[] = {"session",
                                    "date",
                                    "participant",
                                    "participant_name",
                                    "level",
                                    "level_title",
                                    "episode",
                                    "episode_id",
                                    "need",
                                    "answered",
                                    "resolved",
                                    "missed",
                                    "misread",
                                    "latency_s",
                                    "stage_answered",
                                    "first_fit",
                                    "responses",
                                    "mismatches",
                                    "intrusions",
                                    "repaired",
                                    "frantic",
                                    "awareness",
                                    "interpretation",
                                    "promptness",
                                    "appropriateness",
                                    "episode_score",
                                    "level_score",
                                    "level_stars",
                                    "level_safety_events",
                                    "sentence"};
    std::string out;
    for (const char* h : kHeader) out += std::string(out.empty() ? "" : ",") + h;
    out += "\r\n";
    for (const SessionRun& run : s.runs) {
        const auto title = names.levelTitles.find(run.level);
        for (const core::EpisodeScore& e : run.score.episodes) {
            const std::vector<std::string> cells = {
                s.name,
                s.date,
                std::to_string(run.participant + 1),
                participantLabel(s, run.participant),
                run.level,
                title == names.levelTitles.end() ? "" : title->second,
                std::to_string(e.episode),
                e.episodeId,
                e.need,
                e.answered ? "1" : "0",
                e.resolved ? "1" : "0",
                e.missed ? "1" : "0",
                core::isMisread(e) ? "1" : "0",
                e.latencyS >= 0 ? formatFloat(e.latencyS) : "",
                std::string(core::stageName(e.stageAnswered)),
                std::string(core::fitName(e.firstFit)),
                std::to_string(e.responses),
                std::to_string(e.mismatches),
                std::to_string(e.intrusions),
                e.repaired ? "1" : "0",
                e.frantic ? "1" : "0",
                formatFloat(e.components.awareness),
                formatFloat(e.components.interpretation),
                formatFloat(e.components.promptness),
                formatFloat(e.components.appropriateness),
                formatFloat(e.score),
                formatFloat(run.score.score),
                std::to_string(run.score.stars),
                std::to_string(run.score.safetyEvents.size()),
                e.sentence};
            std::string row;
            for (std::size_t i = 0; i < cells.size(); ++i)
                row += (i ? "," : "") + csvCell(cells[i]);
            out += row + "\r\n";
        }
    }
    return out;
}

std::string sessionReportJson(const Session& s, const ReportNames& names) {
    const std::vector<core::DebriefRun> runs = debriefRuns(s);
    JsonWriter w;
    w.beginObject();
    w.value("session", s.name);
    w.value("date", s.date);
    w.value("mode", core::nameOf(s.mode, kSessionModeNames));
    w.stringList("playlist", s.playlist);
    w.beginArray("level_titles");
    for (const std::string& id : s.playlist) {
        const auto t = names.levelTitles.find(id);
        w.beginObject();
        w.value("level", id);
        w.value("title", t == names.levelTitles.end() ? id : t->second);
        w.endObject();
    }
    w.endArray();
    w.value("runs", static_cast<int>(s.runs.size()));
    writeDebrief(w, "group", core::computeDebrief(runs));
    w.beginArray("participants");
    for (int p = 0; p < participantCount(s); ++p) {
        w.beginObject();
        w.value("participant", p + 1);
        w.value("name", participantLabel(s, p));
        w.beginArray("runs");
        for (const SessionRun& r : s.runs) {
            if (r.participant != p) continue;
            w.beginObject();
            w.value("level", r.level);
            w.value("score", r.score.score);
            w.value("stars", r.score.stars);
            w.value("rating", r.score.rating);
            w.endObject();
        }
        w.endArray();
        writeDebrief(w, "debrief", core::computeDebrief(runs, p));
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

}  // namespace format
