// Reports from the committed scripted session (tests/data/sessions/class.session.json, written by
// attune-session-fixture): the expected group and participant numbers, CSV escaping, and an HTML
// page with its SVG charts and nothing fetched from the network.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "format/catalog_file.h"
#include "format/level_file.h"
#include "format/session_file.h"
#include "format/session_report.h"

namespace {

const format::Session& fixture() {
    static const format::Session s = [] {
        const auto load =
            format::loadSession(ATTUNE_ROOT_DIR "/tests/data/sessions/class.session.json");
        REQUIRE(load.session);
        REQUIRE_FALSE(load.fromBackup);
        return *load.session;
    }();
    return s;
}

const format::ReportNames& names() {
    static const format::ReportNames n = [] {
        const std::string root = ATTUNE_ROOT_DIR;
        const auto catalog = format::loadCatalog(root + "/assets/catalog");
        std::vector<core::LevelDef> levels;
        for (const std::string& id : fixture().playlist)
            levels.push_back(
                *format::loadLevel(root + "/levels/" + id + ".json", *catalog.value).value);
        return format::reportNames(*catalog.value, levels);
    }();
    return n;
}

std::size_t countOf(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

}  // namespace

/// The fixture as if played without pausing at cues, so its latencies count.
format::Session timed() {
    format::Session s = fixture();
    s.pauseOnCue = false;
    return s;
}

TEST_CASE("Session report: the scripted class gives the expected group numbers") {
    const core::Debrief d = core::computeDebrief(format::debriefRuns(timed()));
    CHECK(d.runs == 12);
    CHECK(d.episodes == 68);
    CHECK(d.answered == 55);
    CHECK(d.missed == 18);
    CHECK(d.misread == 25);
    CHECK(d.earlyCatches == 30);
    CHECK(d.earlyCatchShare == Approx(30.0 / 68.0));
    CHECK(d.mismatchedEpisodes == 23);
    CHECK(d.repairedEpisodes == 18);
    CHECK(d.repairRate == Approx(18.0 / 23.0));
    CHECK(d.latencyByStage[0].count == 30);
    CHECK(d.latencyByStage[0].meanLatencyS == Approx(4.347).epsilon(0.001));
    CHECK(d.latencyByStage[1].count == 6);
    CHECK(d.latencyByStage[1].meanLatencyS == Approx(37.3).epsilon(0.001));
    CHECK(d.latencyByStage[2].count == 19);
    CHECK(d.latencyByStage[2].meanLatencyS == Approx(56.682).epsilon(0.001));
    CHECK(d.safetyEvents == 1);
    CHECK(d.safetyByKind[static_cast<std::size_t>(core::SafetyKind::RoughHandling)] == 1);
    REQUIRE(d.needs.size() == 12);
    CHECK(d.needs[0].need == "break");  // the look-away after a big smile: 4 missed, 5 misread of 8
    CHECK(d.needs[0].missed == 4);
    CHECK(d.needs[0].misread == 5);
    CHECK(d.needs[1].need == "hunger");
    CHECK(d.moments[0].level == "03-play-and-pause");
    CHECK(d.moments[0].episodeId == "big-smile-look-away");
    CHECK(d.unfinished == 0);
}

TEST_CASE("Session report: with pause-on-cue, timing is reported as not measured everywhere") {
    REQUIRE(fixture().pauseOnCue);
    const core::Debrief d = core::computeDebrief(format::debriefRuns(fixture()));
    CHECK(d.answered == 55);  // the counts stay
    CHECK(d.meanLatencyS < 0);
    for (const core::StageLatency& l : d.latencyByStage) CHECK(l.meanLatencyS < 0);
    const std::string html = format::sessionReportHtml(fixture(), names());
    CHECK_THAT(html, Catch::Contains("Time to fitting care is not measured in this session"));
    CHECK(html.find("Mean seconds to fitting care") == std::string::npos);
    const std::string csv = format::sessionCsv(fixture(), names());
    CHECK_THAT(csv, Catch::Contains(",,not measured: play paused at each cue,"));
    CHECK_THAT(format::sessionReportJson(fixture(), names()),
               Catch::Contains("\"timing_measured\": false"));
    CHECK_THAT(format::sessionCsv(timed(), names()), Catch::Contains(",game seconds,"));
}

TEST_CASE("Session report: a run ended early counts its unfinished needs in every report") {
    format::Session s = fixture();
    format::SessionRun& run = s.runs[0];  // Sam, Early hunger
    core::EpisodeScore open = run.score.episodes.back();
    open.unfinished = true;
    open.missed = false;
    open.sentence = "The run ended while this need was still in progress.";
    run.score.episodes = {open};  // ended with only this need still in progress
    const core::Debrief d = core::computeDebrief(format::debriefRuns(s));
    CHECK(d.unfinished == 1);
    CHECK(d.episodes == 68 - 6 + 1);
    const std::string html = format::sessionReportHtml(s, names());
    CHECK_THAT(html, Catch::Contains("needs unfinished (runs ended early)"));
    CHECK_THAT(html, Catch::Contains("<th>Unfinished</th>"));
    const std::string csv = format::sessionCsv(s, names());
    const std::string header = csv.substr(0, csv.find("\r\n"));
    CHECK_THAT(header, Catch::Contains(",missed,unfinished,"));
    CHECK_THAT(csv, Catch::Contains("The run ended while this need was still in progress."));
    CHECK_THAT(format::sessionReportJson(s, names()), Catch::Contains("\"unfinished\": 1"));
}

TEST_CASE("Session report: moments are named in player words, not episode ids") {
    const std::string html = format::sessionReportHtml(fixture(), names());
    CHECK(html.find("<td>big-smile-look-away</td>") == std::string::npos);
    const core::Debrief d = core::computeDebrief(format::debriefRuns(fixture()));
    const core::CueTally& top = d.moments[0];
    const std::string title = format::momentTitle(names(), top.level, top.episodeId, top.need);
    CHECK(title != top.episodeId);
    CHECK_THAT(html, Catch::Contains("<td>" + format::htmlEscape(title) + "</td>"));
}

TEST_CASE("Session report: each participant's numbers on demand") {
    const std::vector<core::DebriefRun> runs = format::debriefRuns(fixture());
    const core::Debrief sam = core::computeDebrief(runs, 0);
    CHECK(sam.runs == 3);
    CHECK(sam.episodes == 17);
    CHECK(sam.missed == 2);
    CHECK(sam.earlyCatches == 14);
    const core::Debrief third = core::computeDebrief(runs, 2);
    CHECK(third.missed == 8);
    CHECK(third.earlyCatches == 7);
    CHECK(core::computeDebrief(runs, 3).safetyEvents == 1);
    CHECK(format::participantLabel(fixture(), 1) == "Participant 2");
    CHECK(format::nextTurn(fixture()).done);
}

TEST_CASE(
    "Session report: CSV has a row per participant x level x episode, with formulas defused") {
    const std::string csv = format::sessionCsv(fixture(), names());
    CHECK(countOf(csv, "\r\n") == 68 + 1);
    CHECK(csv.rfind("session,date,participant,participant_name,level,level_title,episode,", 0) ==
          0);
    CHECK_THAT(csv, Catch::Contains(",'=cmd|' /C calc'!A0,"));
    CHECK_THAT(csv, Catch::Contains(",\"Alex, the dad\","));
    CHECK_THAT(csv, Catch::Contains(",Participant 2,"));
    CHECK_THAT(csv, Catch::Contains(
                        "Tuesday bumps & babies,2026-11-24,1,Sam,01-early-hunger,Early hunger,0,"));
    CHECK(csv.find(",=") == std::string::npos);
}

TEST_CASE("Session report: CSV cells are quoted per RFC 4180 and never start a formula") {
    CHECK(format::csvCell("plain") == "plain");
    CHECK(format::csvCell("=SUM(A1:A9)") == "'=SUM(A1:A9)");
    CHECK(format::csvCell("+1") == "'+1");
    CHECK(format::csvCell("-1") == "'-1");
    CHECK(format::csvCell("@now") == "'@now");
    CHECK(format::csvCell("\tx") == "'\tx");
    CHECK(format::csvCell("\rx") == "\"'\rx\"");
    CHECK(format::csvCell("a,b") == "\"a,b\"");
    CHECK(format::csvCell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(format::csvCell("two\nlines") == "\"two\nlines\"");
    CHECK(format::csvCell("=a,b") == "\"'=a,b\"");
    CHECK(format::csvCell("") == "");
}

TEST_CASE("Session report: the HTML page holds its SVG charts and nothing from the network") {
    const std::string html = format::sessionReportHtml(fixture(), names());
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(countOf(html, "<svg") == 4);  // the pattern defs and three charts (not timed)
    CHECK(countOf(format::sessionReportHtml(timed(), names()), "<svg") == 5);  // and latency
    CHECK(countOf(html, "<pattern") == 5);
    CHECK_THAT(html, Catch::Contains("Needs missed or misread most"));
    CHECK_THAT(format::sessionReportHtml(timed(), names()),
               Catch::Contains("Mean seconds to fitting care"));
    CHECK_THAT(html, Catch::Contains("44%"));  // early catches, 30 of 68
    CHECK_THAT(html, Catch::Contains("78%"));  // misreads repaired, 18 of 23
    CHECK_THAT(html, Catch::Contains("rough handling"));
    CHECK_THAT(html, Catch::Contains("Tuesday bumps &amp; babies"));
    CHECK_THAT(html, Catch::Contains("=cmd|&#39; /C calc&#39;!A0"));
    CHECK(html.find("http://") == std::string::npos);
    CHECK(html.find("https://") == std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("src=") == std::string::npos);
    CHECK(html.find("Mean score") == std::string::npos);  // leaderboard off: no individual scores
    format::Session open = fixture();
    open.showLeaderboard = true;
    CHECK_THAT(format::sessionReportHtml(open, names()), Catch::Contains("Mean score"));
}

TEST_CASE("Session report: JSON carries the group debrief and every participant") {
    const std::string json = format::sessionReportJson(fixture(), names());
    CHECK_THAT(json, Catch::Contains("\"early_catches\": 30"));
    CHECK_THAT(json, Catch::Contains("\"repair_rate\": 0.782608695652174"));
    CHECK(countOf(json, "\"debrief\": {") == 4);
}

TEST_CASE("Session report: a need misread once in four is drawn as a quarter bar, not a full one") {
    format::Session s;
    s.playlist = {"01-early-hunger"};
    s.participants = {"A", "B", "C", "D"};
    for (int p = 0; p < 4; ++p) {
        core::EpisodeScore e;
        e.episodeId = "first-stirs";
        e.need = "hunger";
        e.answered = true;
        e.responses = 1;
        e.firstFit = p == 0 ? core::Fit::Mismatch : core::Fit::Best;
        format::SessionRun run;
        run.participant = p;
        run.level = "01-early-hunger";
        run.score.episodes = {e};
        s.runs.push_back(run);
    }
    const std::string html = format::sessionReportHtml(s, names());
    // The bars have 400 px for "all four times": one misread of four is 100 px wide.
    CHECK_THAT(html, Catch::Contains("width=\"100.0\" height=\"24.0\" fill=\"url(#p-hatch)\""));
    CHECK(html.find("width=\"400.0\" height=\"24.0\" fill=\"url(#p-hatch)\"") == std::string::npos);
    CHECK_THAT(html, Catch::Contains("0 missed, 1 misread of 4"));
}
