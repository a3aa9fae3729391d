// Level JSON → core::LevelDef: parse, read every field by its snake_case key, then validate.
#include "format/json_prelude.h"

#include "format/format_version.h"
#include "format/json_document.h"
#include "format/level_checks.h"
#include "format/level_file.h"

namespace format {
namespace {

void readBaby(ObjectReader& o, core::BabyDef& b) {
    o.read("name", b.name);
    o.read("age_weeks", b.ageWeeks);
    o.readEnum("temperament", b.temperament, core::kTemperamentNames);
    o.read("rolls", b.rolls);
    o.readEnum("initial_state", b.initialState, core::kBabyStateNames);
}

void readSetting(ObjectReader& o, core::SettingDef& s) {
    o.read("room", s.room);
    o.read("time_of_day", s.timeOfDay);
    o.read("light", s.light);
    o.read("noise", s.noise);
    o.read("room_temp_c", s.roomTempC);
}

void readEscalation(ObjectReader& o, core::EscalationDef& e) {
    o.read("preset", e.preset);
    o.read("early_s", e.earlyS);
    o.read("active_s", e.activeS);
    o.read("late_s", e.lateS);
}

void readEpisode(ObjectReader& o, core::EpisodeDef& e) {
    o.read("id", e.id, Need::Required);
    o.read("need", e.need, Need::Required);
    o.read("start_s", e.startS, Need::Required);
    o.readObject("escalation", Need::Optional, [&](ObjectReader& c) { readEscalation(c, e.escalation); });
    o.read("clarity", e.clarity);
    o.readEnum("start_stage", e.startStage, core::kStageNames);
    o.read("resists_s", e.resistsS);
    o.readList("cues", e.cues);
    o.read("feedback", e.feedback);
    o.read("feedback_early", e.feedbackEarly);
    o.read("feedback_late", e.feedbackLate);
    o.read("feedback_missed", e.feedbackMissed);
    o.read("hint", e.hint);
    o.read("discussion", e.discussion);
}

void readEvent(ObjectReader& o, core::EnvEventDef& e) {
    o.read("id", e.id);
    o.read("kind", e.kind);
    o.read("start_s", e.startS);
    o.read("duration_s", e.durationS);
    o.read("noise", e.noise);
    o.read("text", e.text);
}

void readLevel(ObjectReader& o, core::LevelDef& l) {
    o.read("id", l.id, Need::Required);
    o.read("title", l.title, Need::Required);
    o.read("summary", l.summary);
    o.read("intro", l.intro);
    o.readList("learning_goals", l.learningGoals);
    o.readObject("baby", Need::Required, [&](ObjectReader& c) { readBaby(c, l.baby); });
    o.readObject("setting", Need::Optional, [&](ObjectReader& c) { readSetting(c, l.setting); });
    o.read("duration_s", l.durationS, Need::Required);
    o.read("time_scale", l.timeScale);
    o.readObjects("episodes", Need::Required, [&](ObjectReader& c) {
        l.episodes.emplace_back();
        readEpisode(c, l.episodes.back());
    });
    o.readObjects("events", Need::Optional, [&](ObjectReader& c) {
        l.events.emplace_back();
        readEvent(c, l.events.back());
    });
    o.readList("hints", l.hints);
    o.readList("reflection", l.reflection);
    o.read("facilitator_notes", l.facilitatorNotes);
    o.readList("discussion_prompts", l.discussionPrompts);
}

}  // namespace

Loaded<core::LevelDef> parseLevel(std::string_view text, std::string_view displayPath,
                                  const core::Catalog& catalog, LevelLoad mode) {
    Loaded<core::LevelDef> result;
    const std::string path(displayPath);
    try {
        std::unique_ptr<JsonDocument> doc = parseJson(text, path, result.diagnostics);
        if (!doc) return result;
        Reporter r(path, doc->map.get(), result.diagnostics);
        ObjectReader root(r, doc->dom, "");
        core::LevelDef level;
        if (!readFormatVersion(root, doc->dom, level.formatVersion)) return result;
        readLevel(root, level);
        root.finish();
        if (r.failed()) return result;
        checkLevel(level, catalog, r);
        if (!r.failed() || mode == LevelLoad::KeepMeaningErrors) result.value = std::move(level);
    } catch (...) {
        // A bug in our checks, never a user's fault: say so without leaking rapidjson's wording.
        Diagnostic d;
        d.path = path;
        d.message = "internal error while reading the file; please report it";
        result.diagnostics.push_back(d);
        result.value.reset();
    }
    return result;
}

Loaded<core::LevelDef> loadLevel(const std::string& path, const core::Catalog& catalog,
                                 LevelLoad mode) {
    Loaded<core::LevelDef> result;
    std::string bytes;
    if (!readFileBytes(path, &bytes, result.diagnostics)) return result;
    return parseLevel(bytes, path, catalog, mode);
}

void validateLevel(const core::LevelDef& level, const core::Catalog& catalog,
                   const std::string& displayPath, std::vector<Diagnostic>& out) {
    Reporter r(displayPath, nullptr, out);
    checkLevel(level, catalog, r);
}

}  // namespace format
