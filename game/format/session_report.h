// A facilitator session turned into reports: CSV (a row per participant × level × episode), JSON,
// and a self-contained printable HTML page with inline SVG charts. attune-report and the game's
// debrief screen both call these.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog_def.h"
#include "core/debrief.h"
#include "core/level_def.h"
#include "format/session_def.h"

namespace format {

/// Display names looked up from the catalog and levels; ids are shown where a name is missing.
struct ReportNames {
    std::map<std::string, std::string> levelTitles;  ///< level id → title
    std::map<std::string, std::string> needNames;    ///< need id → name
    std::map<std::string, std::string> momentCues;   ///< "level/episode" → early cue names
    std::map<std::string, std::string> discussion;   ///< "level/episode" → discussion prompt
    std::map<std::string, std::string> momentTitles; ///< "level/episode" → first cue's name
};

/// A moment in player words: its first cue's name, else its need's name, else the episode id.
std::string momentTitle(const ReportNames& names, const std::string& level,
                        const std::string& episodeId, const std::string& need);

/// Names for every level given (the catalog supplies need and cue names).
ReportNames reportNames(const core::Catalog& catalog, const std::vector<core::LevelDef>& levels);

/// The session's runs as the debrief sees them. With pause-on-cue on, latencies are dropped
/// (-1): game time stood still while the room talked, so they measure nothing.
std::vector<core::DebriefRun> debriefRuns(const Session& session);

/// CSV (RFC 4180, CRLF line ends) with a header and a row per participant × level × episode
/// (unfinished needs of a run ended early included). Scores are left out when the leaderboard
/// is off; latencies are left empty, with a `timing` column saying why, under pause-on-cue.
std::string sessionCsv(const Session& session, const ReportNames& names);

/// One CSV cell: quoted when it holds a comma, quote, CR or LF; a leading =, +, -, @, tab or CR
/// gets an apostrophe first so a spreadsheet shows it as text instead of running it.
std::string csvCell(std::string_view text);

/// The report as JSON: the session, the group debrief and each participant's debrief and runs.
std::string sessionReportJson(const Session& session, const ReportNames& names);

/// A printable HTML page with inline SVG charts; no scripts, no network, readable in black and
/// white.
std::string sessionReportHtml(const Session& session, const ReportNames& names);

/// Text with &, <, >, " and ' escaped for HTML.
std::string htmlEscape(std::string_view text);

}  // namespace format
