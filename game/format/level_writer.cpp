// core::LevelDef → canonical level JSON (struct order, every field written) and atomic saving.
#include "format/json_prelude.h"

#include "format/atomic_write.h"
#include "format/json_writer.h"
#include "format/level_file.h"

namespace format {
namespace {

void writeBaby(JsonWriter& w, const core::BabyDef& b) {
    w.beginObject("baby");
    w.value("name", b.name);
    w.value("age_weeks", b.ageWeeks);
    w.value("temperament", core::temperamentName(b.temperament));
    w.value("rolls", b.rolls);
    w.value("initial_state", core::babyStateName(b.initialState));
    w.endObject();
}

void writeSetting(JsonWriter& w, const core::SettingDef& s) {
    w.beginObject("setting");
    w.value("room", s.room);
    w.value("time_of_day", s.timeOfDay);
    w.value("light", s.light);
    w.value("noise", s.noise);
    w.value("room_temp_c", s.roomTempC);
    w.endObject();
}

void writeEpisode(JsonWriter& w, const core::EpisodeDef& e) {
    w.beginObject();
    w.value("id", e.id);
    w.value("need", e.need);
    w.value("start_s", e.startS);
    w.beginObject("escalation");
    w.value("preset", e.escalation.preset);
    w.value("early_s", e.escalation.earlyS);
    w.value("active_s", e.escalation.activeS);
    w.value("late_s", e.escalation.lateS);
    w.endObject();
    w.value("clarity", e.clarity);
    w.value("start_stage", core::stageName(e.startStage));
    w.value("resists_s", e.resistsS);
    w.stringList("cues", e.cues);
    w.value("feedback", e.feedback);
    w.value("feedback_early", e.feedbackEarly);
    w.value("feedback_late", e.feedbackLate);
    w.value("feedback_missed", e.feedbackMissed);
    w.value("hint", e.hint);
    w.value("discussion", e.discussion);
    w.endObject();
}

void writeEvent(JsonWriter& w, const core::EnvEventDef& e) {
    w.beginObject();
    w.value("id", e.id);
    w.value("kind", e.kind);
    w.value("start_s", e.startS);
    w.value("duration_s", e.durationS);
    w.value("noise", e.noise);
    w.value("text", e.text);
    w.endObject();
}

}  // namespace

std::string levelToJson(const core::LevelDef& l) {
    JsonWriter w;
    w.beginObject();
    w.value("format_version", l.formatVersion);
    w.value("id", l.id);
    w.value("title", l.title);
    w.value("summary", l.summary);
    w.value("intro", l.intro);
    w.stringList("learning_goals", l.learningGoals);
    writeBaby(w, l.baby);
    writeSetting(w, l.setting);
    w.value("duration_s", l.durationS);
    w.value("time_scale", l.timeScale);
    w.beginArray("episodes");
    for (const core::EpisodeDef& e : l.episodes) writeEpisode(w, e);
    w.endArray();
    w.beginArray("events");
    for (const core::EnvEventDef& e : l.events) writeEvent(w, e);
    w.endArray();
    w.stringList("hints", l.hints);
    w.stringList("reflection", l.reflection);
    w.value("facilitator_notes", l.facilitatorNotes);
    w.stringList("discussion_prompts", l.discussionPrompts);
    w.endObject();
    return w.finish();
}

bool saveLevel(const std::string& path, const core::LevelDef& level, std::string* error) {
    return writeFileAtomic(path, levelToJson(level), error);
}

}  // namespace format
