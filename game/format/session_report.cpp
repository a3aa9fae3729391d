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

std::string firstCueName(const core::CatalogIndex& index, const core::EpisodeDef& e) {
    for (const std::string& id : e.cues)
        if (index.cueIndex(id) >= 0)
            return index.catalog().cues[static_cast<std::size_t>(index.cueIndex(id))].name;
    return {};
}

void writeTally(JsonWriter& w, const core::CueTally& t) {
    w.beginObject();
    if (!t.level.empty()) w.value("level", t.level);
    if (!t.episodeId.empty()) w.value("episode_id", t.episodeId);
    w.value("need", t.need);
    w.value("episodes", t.episodes);
    w.value("answered", t.answered);
    w.value("missed", t.missed);
    w.value("unfinished", t.unfinished);
    w.value("misread", t.misread);
    w.value("early", t.early);
    w.value("mean_latency_s", t.meanLatencyS);
    w.endObject();
}

void writeDebrief(JsonWriter& w, std::string_view key, const core::Debrief& d,
                  bool withScore = true) {
    w.beginObject(key);
    w.value("runs", d.runs);
    w.value("episodes", d.episodes);
    w.value("answered", d.answered);
    w.value("missed", d.missed);
    w.value("unfinished", d.unfinished);
    w.value("misread", d.misread);
    w.value("early_catches", d.earlyCatches);
    w.value("early_catch_share", d.earlyCatchShare);
    w.value("mismatched_episodes", d.mismatchedEpisodes);
    w.value("repaired_episodes", d.repairedEpisodes);
    w.value("repair_rate", d.repairRate);
    if (withScore) w.value("mean_score", d.meanScore);
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
            n.momentTitles[key] = firstCueName(index, e);
            n.discussion[key] = e.discussion;
        }
    }
    return n;
}

std::string momentTitle(const ReportNames& names, const std::string& level,
                        const std::string& episodeId, const std::string& need) {
    const auto cue = names.momentTitles.find(level + "/" + episodeId);
    if (cue != names.momentTitles.end() && !cue->second.empty()) return cue->second;
    const auto n = names.needNames.find(need);
    if (n != names.needNames.end() && !n->second.empty()) return n->second;
    return episodeId;
}

std::vector<core::DebriefRun> debriefRuns(const Session& session) {
    std::vector<core::DebriefRun> runs;
    for (const SessionRun& r : session.runs) {
        runs.push_back({r.participant, r.level, r.score});
        if (timingMeasured(session)) continue;
        for (core::EpisodeScore& e : runs.back().score.episodes) e.latencyS = -1.0f;
    }
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

namespace {

/// One CSV column: its header and how a row's cell is made.
struct CsvColumn {
    const char* header;
    std::string (*cell)(const Session&, const SessionRun&, const core::EpisodeScore&,
                        const ReportNames&);
};

std::string flag(bool b) { return b ? "1" : "0"; }

std::string levelTitle(const ReportNames& names, const std::string& level) {
    const auto it = names.levelTitles.find(level);
    return it == names.levelTitles.end() ? "" : it->second;
}

using S = const Session&;
using R = const SessionRun&;
using E = const core::EpisodeScore&;
using N = const ReportNames&;

const CsvColumn kCsvColumns[] = {
    {"session", [](S s, R, E, N) { return s.name; }},
    {"date", [](S s, R, E, N) { return s.date; }},
    {"participant", [](S, R r, E, N) { return std::to_string(r.participant + 1); }},
    {"participant_name", [](S s, R r, E, N) { return participantLabel(s, r.participant); }},
    {"level", [](S, R r, E, N) { return r.level; }},
    {"level_title", [](S, R r, E, N n) { return levelTitle(n, r.level); }},
    {"episode", [](S, R, E e, N) { return std::to_string(e.episode); }},
    {"episode_id", [](S, R, E e, N) { return e.episodeId; }},
    {"moment", [](S, R r, E e, N n) { return momentTitle(n, r.level, e.episodeId, e.need); }},
    {"need", [](S, R, E e, N) { return e.need; }},
    {"answered", [](S, R, E e, N) { return flag(e.answered); }},
    {"resolved", [](S, R, E e, N) { return flag(e.resolved); }},
    {"missed", [](S, R, E e, N) { return flag(e.missed); }},
    {"unfinished", [](S, R, E e, N) { return flag(e.unfinished); }},
    {"misread", [](S, R, E e, N) { return flag(core::isMisread(e)); }},
    {"latency_s",
     [](S s, R, E e, N) {
         return timingMeasured(s) && e.latencyS >= 0 ? formatFloat(e.latencyS) : std::string();
     }},
    {"timing",
     [](S s, R, E, N) {
         return std::string(timingMeasured(s) ? "game seconds"
                                              : "not measured: play paused at each cue");
     }},
    {"stage_answered", [](S, R, E e, N) { return std::string(core::stageName(e.stageAnswered)); }},
    {"first_fit", [](S, R, E e, N) { return std::string(core::fitName(e.firstFit)); }},
    {"responses", [](S, R, E e, N) { return std::to_string(e.responses); }},
    {"mismatches", [](S, R, E e, N) { return std::to_string(e.mismatches); }},
    {"intrusions", [](S, R, E e, N) { return std::to_string(e.intrusions); }},
    {"repaired", [](S, R, E e, N) { return flag(e.repaired); }},
    {"frantic", [](S, R, E e, N) { return flag(e.frantic); }},
    {"awareness", [](S, R, E e, N) { return formatFloat(e.components.awareness); }},
    {"interpretation", [](S, R, E e, N) { return formatFloat(e.components.interpretation); }},
    {"promptness", [](S, R, E e, N) { return formatFloat(e.components.promptness); }},
    {"appropriateness", [](S, R, E e, N) { return formatFloat(e.components.appropriateness); }},
    {"episode_score", [](S, R, E e, N) { return formatFloat(e.score); }},
    {"level_score", [](S, R r, E, N) { return formatFloat(r.score.score); }},
    {"level_stars", [](S, R r, E, N) { return std::to_string(r.score.stars); }},
    {"level_safety_events",
     [](S, R r, E, N) { return std::to_string(r.score.safetyEvents.size()); }},
    {"sentence", [](S, R, E e, N) { return e.sentence; }},
};

/// Score columns: left out when the session keeps individual scores private.
bool isScoreColumn(const CsvColumn& c) {
    const std::string h = c.header;
    return h == "episode_score" || h == "level_score" || h == "level_stars";
}

}  // namespace

std::string sessionCsv(const Session& s, const ReportNames& names) {
    std::vector<const CsvColumn*> columns;
    for (const CsvColumn& c : kCsvColumns)
        if (s.showLeaderboard || !isScoreColumn(c)) columns.push_back(&c);
    std::string out;
    for (const CsvColumn* c : columns) out += std::string(out.empty() ? "" : ",") + c->header;
    out += "\r\n";
    for (const SessionRun& run : s.runs)
        for (const core::EpisodeScore& e : run.score.episodes) {
            std::string row;
            for (std::size_t i = 0; i < columns.size(); ++i)
                row += (i ? "," : "") + csvCell(columns[i]->cell(s, run, e, names));
            out += row + "\r\n";
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
    // Latencies are -1 throughout when false: play paused at each cue, so they measure nothing.
    w.value("timing_measured", timingMeasured(s));
    if (s.turnLimitS > 0) w.value("turn_limit_s", s.turnLimitS);
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
            int unfinished = 0;
            for (const core::EpisodeScore& e : r.score.episodes) unfinished += e.unfinished;
            w.value("unfinished", unfinished);
            if (s.showLeaderboard) {  // private otherwise, as in the HTML and CSV
                w.value("score", r.score.score);
                w.value("stars", r.score.stars);
                w.value("rating", r.score.rating);
            }
            w.endObject();
        }
        w.endArray();
        writeDebrief(w, "debrief", core::computeDebrief(runs, p), s.showLeaderboard);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

}  // namespace format
