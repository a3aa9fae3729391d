// Profile JSON ↔ format::Profile, with the backup fallback that keeps a damaged save recoverable.
#include "format/json_prelude.h"

#include "format/save_file.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>

#include "format/atomic_write.h"
#include "format/field_reader.h"
#include "format/format_version.h"
#include "format/json_document.h"
#include "format/json_writer.h"

namespace format {
namespace {

void readSettings(ObjectReader& o, Settings& s) {
    o.read("ui_scale", s.uiScale);
    o.read("fullscreen", s.fullscreen);
    o.read("captions", s.captions);
    o.read("need_hints", s.needHints);
    o.read("relaxed", s.relaxed);
    o.read("colour_blind_safe", s.colourBlindSafe);
    o.read("high_contrast", s.highContrast);
    o.read("reduce_motion", s.reduceMotion);
    o.read("baby_volume", s.babyVolume);
    o.read("interface_volume", s.interfaceVolume);
    o.readObjects("keys", Need::Optional, [&](ObjectReader& k) {
        std::string response, key;
        k.read("response", response, Need::Required);
        k.read("key", key, Need::Required);
        if (!response.empty() && !key.empty()) s.keys[response] = key;
    });
    s.uiScale = std::clamp(s.uiScale, 0.75f, 2.0f);
    s.babyVolume = std::clamp(s.babyVolume, 0.0f, 1.0f);
    s.interfaceVolume = std::clamp(s.interfaceVolume, 0.0f, 1.0f);
}

void readProgress(ObjectReader& o, LevelProgress& p) {
    o.read("level", p.levelId, Need::Required);
    o.read("best_score", p.bestScore);
    o.read("stars", p.stars);
    o.read("plays", p.plays);
    o.readList("reflections", p.reflections);
    for (std::string& text : p.reflections)
        if (text.size() > kMaxReflectionBytes) text.resize(kMaxReflectionBytes);
    p.bestScore = std::clamp(p.bestScore, 0.0f, 100.0f);
    p.stars = std::clamp(p.stars, 0, 3);
}

void writeSettings(JsonWriter& w, const Settings& s) {
    w.beginObject("settings");
    w.value("ui_scale", s.uiScale);
    w.value("fullscreen", s.fullscreen);
    w.value("captions", s.captions);
    w.value("need_hints", s.needHints);
    w.value("relaxed", s.relaxed);
    w.value("colour_blind_safe", s.colourBlindSafe);
    w.value("high_contrast", s.highContrast);
    w.value("reduce_motion", s.reduceMotion);
    w.value("baby_volume", s.babyVolume);
    w.value("interface_volume", s.interfaceVolume);
    w.beginArray("keys");
    for (const auto& [response, key] : s.keys) {
        w.beginObject();
        w.value("response", response);
        w.value("key", key);
        w.endObject();
    }
    w.endArray();
    w.endObject();
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

Loaded<Profile> readProfileFile(const std::string& path) {
    Loaded<Profile> result;
    std::string bytes;
    if (!readFileBytes(path, &bytes, result.diagnostics)) return result;
    return parseProfile(bytes, path);
}

}  // namespace

std::string profileToJson(const Profile& p) {
    JsonWriter w;
    w.beginObject();
    w.value("format_version", kSaveFormatVersion);
    w.value("id", p.id);
    w.value("name", p.name);
    writeSettings(w, p.settings);
    w.beginArray("progress");
    for (const LevelProgress& l : p.progress) {
        w.beginObject();
        w.value("level", l.levelId);
        w.value("best_score", l.bestScore);
        w.value("stars", l.stars);
        w.value("plays", l.plays);
        if (!l.reflections.empty()) w.stringList("reflections", l.reflections);
        w.endObject();
    }
    w.endArray();
    w.stringList("unlocked", p.unlocked);
    w.endObject();
    return w.finish();
}

Loaded<Profile> parseProfile(std::string_view text, std::string_view displayPath) {
    Loaded<Profile> result;
    const std::string path(displayPath);
    try {
        std::unique_ptr<JsonDocument> doc = parseJson(text, path, result.diagnostics);
        if (!doc) return result;
        Reporter r(path, doc->map.get(), result.diagnostics);
        ObjectReader root(r, doc->dom, "");
        Profile p;
        if (!readFormatVersion(root, doc->dom, p.formatVersion)) return result;
        root.read("id", p.id, Need::Required);
        root.read("name", p.name, Need::Required);
        root.readObject("settings", Need::Optional, [&](ObjectReader& c) { readSettings(c, p.settings); });
        root.readObjects("progress", Need::Optional, [&](ObjectReader& c) {
            p.progress.emplace_back();
            readProgress(c, p.progress.back());
        });
        root.readList("unlocked", p.unlocked);
        root.finish();
        if (p.id.empty() && !r.failed()) r.error("id", "must not be empty");
        if (!r.failed()) result.value = std::move(p);
    } catch (...) {
        Diagnostic d;
        d.path = path;
        d.message = "internal error while reading the save; please report it";
        result.diagnostics.push_back(d);
        result.value.reset();
    }
    return result;
}

ProfileLoad loadProfile(const std::string& path) {
    ProfileLoad out;
    const bool mainExists = fileExists(path);
    if (mainExists) {
        Loaded<Profile> main = readProfileFile(path);
        out.diagnostics = main.diagnostics;
        if (main.ok()) {
            out.profile = std::move(main.value);
            return out;
        }
    }
    const std::string backup = path + ".bak";
    if (mainExists) {
        // Keep the damaged bytes beside the save so nothing is lost, even if the backup is used.
        std::error_code ec;
        std::filesystem::copy_file(path, path + ".damaged",
                                   std::filesystem::copy_options::overwrite_existing, ec);
    }
    if (fileExists(backup)) {
        Loaded<Profile> bak = readProfileFile(backup);
        if (bak.ok()) {
            out.profile = std::move(bak.value);
            out.fromBackup = true;
            out.notice = mainExists
                ? "Your save could not be read (" + firstProblem(out.diagnostics) +
                      "), so Attune loaded the backup from your previous save. The damaged file "
                      "was kept as " + path + ".damaged."
                : "Your save was missing, so Attune loaded its backup.";
            return out;
        }
        out.diagnostics.insert(out.diagnostics.end(), bak.diagnostics.begin(), bak.diagnostics.end());
    }
    if (mainExists)
        out.notice = "Your save and its backup could not be read (" + firstProblem(out.diagnostics) +
                     "). The damaged file was kept as " + path + ".damaged.";
    return out;
}

bool saveProfile(const std::string& path, const Profile& profile, std::string* error) {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    return writeFileAtomic(path, profileToJson(profile), error);
}

std::string defaultDataDir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg) return std::string(xdg) + "/attune";
    const char* home = std::getenv("HOME");
    if (home && *home) return std::string(home) + "/.local/share/attune";
    return "attune-data";
}

std::vector<std::string> listProfileFiles(const std::string& dataDir) {
    std::vector<std::string> files;
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::path(dataDir) / "profiles";
    for (auto it = std::filesystem::directory_iterator(folder, ec);
         !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
        if (it->path().extension() == ".json") files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string loadLastProfileId(const std::string& dataDir) {
    const std::string path = dataDir + "/last_profile.json";
    if (!fileExists(path)) return "";
    std::vector<Diagnostic> diagnostics;
    std::string bytes;
    if (!readFileBytes(path, &bytes, diagnostics)) return "";
    try {
        std::unique_ptr<JsonDocument> doc = parseJson(bytes, path, diagnostics);
        if (!doc) return "";
        Reporter r(path, doc->map.get(), diagnostics);
        ObjectReader root(r, doc->dom, "");
        int version = 0;
        if (!readFormatVersion(root, doc->dom, version)) return "";
        std::string id;
        root.read("profile", id, Need::Required);
        root.finish();
        return r.failed() ? "" : id;
    } catch (...) {
        return "";  // only a convenience: a bad file means "ask who is playing"
    }
}

bool saveLastProfileId(const std::string& dataDir, const std::string& id, std::string* error) {
    JsonWriter w;
    w.beginObject();
    w.value("format_version", kSaveFormatVersion);
    w.value("profile", id);
    w.endObject();
    std::error_code ec;
    std::filesystem::create_directories(dataDir, ec);
    return writeFileAtomic(dataDir + "/last_profile.json", w.finish(), error);
}

std::string profileIdFromName(std::string_view name) {
    std::string id;
    for (char c : name) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) id += static_cast<char>(std::tolower(u));
        else if (!id.empty() && id.back() != '-') id += '-';
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    if (id.size() > 40) id.resize(40);
    return id.empty() ? "player" : id;
}

}  // namespace format
