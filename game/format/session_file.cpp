// Session JSON ↔ format::Session, with the backup fallback that keeps an interrupted class safe.
#include "format/json_prelude.h"

#include "format/session_file.h"

#include <algorithm>
#include <filesystem>

#include "format/atomic_write.h"
#include "format/field_reader.h"
#include "format/format_version.h"
#include "format/json_document.h"
#include "format/json_writer.h"
#include "format/recording_json.h"
#include "format/save_file.h"
#include "format/score_json.h"

namespace format {
namespace {

void writeRun(JsonWriter& w, const SessionRun& run) {
    w.beginObject();
    w.value("participant", run.participant);
    w.value("level", run.level);
    writeRecording(w, "recording", run.recording);
    writeLevelScore(w, "score", run.score);
    w.endObject();
}

void readRun(ObjectReader& o, SessionRun& run) {
    o.read("participant", run.participant, Need::Required);
    o.read("level", run.level, Need::Required);
    o.readObject("recording", Need::Required,
                 [&](ObjectReader& r) { readRecording(r, run.recording); });
    o.readObject("score", Need::Required, [&](ObjectReader& s) { readLevelScore(s, run.score); });
    run.recording.levelId = run.level;
}

void checkSession(Reporter& r, const Session& s) {
    const int people = participantCount(s);
    for (std::size_t i = 0; i < s.runs.size(); ++i) {
        const SessionRun& run = s.runs[i];
        const std::string p = indexPath("runs", i);
        if (run.participant < 0 || run.participant >= people)
            r.error(p + ".participant",
                    "expected 0.." + std::to_string(people - 1) + " (an index into participants)");
        if (std::find(s.playlist.begin(), s.playlist.end(), run.level) == s.playlist.end())
            r.warning(p + ".level", "level '" + run.level + "' is not in the playlist");
    }
    for (std::size_t i = 0; i < s.playlist.size(); ++i)
        if (s.playlist[i].empty()) r.error(indexPath("playlist", i), "must not be empty");
    if (!(s.turnLimitS >= 0.0 && s.turnLimitS <= 86400.0))
        r.error("turn_limit_s", "expected 0 (the whole level) up to 86400 seconds");
}

bool fileExists(const std::string& path) {
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec);
}

std::string firstProblem(const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Diagnostic::Severity::Error) return formatDiagnostic(d);
    return "unknown problem";
}

Loaded<Session> readSessionFile(const std::string& path) {
    Loaded<Session> result;
    std::string bytes;
    if (!readFileBytes(path, &bytes, result.diagnostics)) return result;
    return parseSession(bytes, path);
}

}  // namespace

std::string sessionToJson(const Session& s) {
    JsonWriter w;
    w.beginObject();
    w.value("format_version", kFormatVersion);
    w.value("name", s.name);
    w.value("date", s.date);
    w.value("mode", core::nameOf(s.mode, kSessionModeNames));
    w.stringList("participants", s.participants);
    w.stringList("playlist", s.playlist);
    w.value("show_leaderboard", s.showLeaderboard);
    w.value("pause_on_cue", s.pauseOnCue);
    w.value("relaxed", s.relaxed);
    w.value("seed", s.seed);
    if (s.turnLimitS > 0) w.value("turn_limit_s", s.turnLimitS);
    w.beginArray("runs");
    for (const SessionRun& run : s.runs) writeRun(w, run);
    w.endArray();
    w.endObject();
    return w.finish();
}

Loaded<Session> parseSession(std::string_view text, std::string_view displayPath) {
    Loaded<Session> result;
    const std::string path(displayPath);
    try {
        std::unique_ptr<JsonDocument> doc = parseJson(text, path, result.diagnostics);
        if (!doc) return result;
        Reporter r(path, doc->map.get(), result.diagnostics);
        ObjectReader root(r, doc->dom, "");
        Session s;
        if (!readFormatVersion(root, doc->dom, s.formatVersion)) return result;
        root.read("name", s.name);
        root.read("date", s.date);
        root.readEnum("mode", s.mode, kSessionModeNames);
        root.readList("participants", s.participants);
        root.readList("playlist", s.playlist, Need::Required);
        root.read("show_leaderboard", s.showLeaderboard);
        root.read("pause_on_cue", s.pauseOnCue);
        root.read("relaxed", s.relaxed);
        root.read("seed", s.seed);
        root.read("turn_limit_s", s.turnLimitS);
        root.readObjects("runs", Need::Optional, [&](ObjectReader& o) {
            s.runs.emplace_back();
            readRun(o, s.runs.back());
        });
        root.finish();
        if (!r.failed()) checkSession(r, s);
        if (!r.failed()) result.value = std::move(s);
    } catch (...) {
        Diagnostic d;
        d.path = path;
        d.message = "internal error while reading the session; please report it";
        result.diagnostics.push_back(d);
        result.value.reset();
    }
    return result;
}

SessionLoad loadSession(const std::string& path) {
    SessionLoad out;
    const bool mainExists = fileExists(path);
    if (mainExists) {
        Loaded<Session> main = readSessionFile(path);
        out.diagnostics = main.diagnostics;
        if (main.ok()) {
            out.session = std::move(main.value);
            return out;
        }
        // Keep the damaged bytes beside the session so nothing is lost, even if the backup is used.
        std::error_code ec;
        std::filesystem::copy_file(path, path + ".damaged",
                                   std::filesystem::copy_options::overwrite_existing, ec);
    }
    const std::string backup = path + ".bak";
    if (fileExists(backup)) {
        Loaded<Session> bak = readSessionFile(backup);
        if (bak.ok()) {
            out.session = std::move(bak.value);
            out.fromBackup = true;
            out.notice =
                mainExists
                    ? "The session file could not be read (" + firstProblem(out.diagnostics) +
                          "), so Attune opened its backup, saved before the last run. The damaged "
                          "file was kept as " +
                          path + ".damaged."
                    : "The session file was missing, so Attune opened its backup.";
            return out;
        }
        out.diagnostics.insert(out.diagnostics.end(), bak.diagnostics.begin(),
                               bak.diagnostics.end());
    }
    if (mainExists)
        out.notice = "The session file and its backup could not be read (" +
                     firstProblem(out.diagnostics) + "). The damaged file was kept as " + path +
                     ".damaged.";
    return out;
}

bool saveSession(const std::string& path, const Session& session, std::string* error) {
    std::error_code ec;
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    return writeFileAtomic(path, sessionToJson(session), error);
}

std::string defaultSessionDir() {
    return defaultDataDir() + "/sessions";
}

std::vector<std::string> listSessionFiles(const std::string& dir) {
    std::vector<std::pair<std::filesystem::file_time_type, std::string>> found;
    std::error_code ec;
    const std::string suffix = ".session.json";
    for (auto it = std::filesystem::directory_iterator(dir, ec);
         !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() > suffix.size() &&
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
            std::error_code timeError;
            auto time = std::filesystem::last_write_time(it->path(), timeError);
            if (timeError) time = std::filesystem::file_time_type::min();
            found.emplace_back(time, it->path().string());
        }
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second > b.second;
    });
    std::vector<std::string> files;
    for (auto& f : found) files.push_back(std::move(f.second));
    return files;
}

std::string sessionFileName(const Session& session) {
    std::string stem = profileIdFromName(session.date + " " + session.name);
    return stem + ".session.json";
}

std::string newSessionPath(const std::string& dir, const Session& session) {
    const std::string stem = profileIdFromName(session.date + " " + session.name);
    for (int n = 1;; ++n) {
        const std::string path =
            dir + "/" + stem + (n == 1 ? "" : "-" + std::to_string(n)) + ".session.json";
        std::error_code ec;
        if (!std::filesystem::exists(path, ec) && !std::filesystem::exists(path + ".bak", ec))
            return path;
    }
}

}  // namespace format
