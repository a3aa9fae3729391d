// LevelScore ↔ JSON with snake_case keys and enums by data name; floats read back exactly.
#include "format/json_prelude.h"

#include "format/score_json.h"

#include "format/field_reader.h"

namespace format {
namespace {

void writeComponents(JsonWriter& w, const core::Components& c) {
    w.beginObject("components");
    w.value("awareness", c.awareness);
    w.value("interpretation", c.interpretation);
    w.value("promptness", c.promptness);
    w.value("appropriateness", c.appropriateness);
    w.endObject();
}

void readComponents(ObjectReader& o, core::Components& c) {
    o.readObject("components", Need::Optional, [&](ObjectReader& x) {
        x.read("awareness", c.awareness);
        x.read("interpretation", c.interpretation);
        x.read("promptness", c.promptness);
        x.read("appropriateness", c.appropriateness);
    });
}

void writeEpisode(JsonWriter& w, const core::EpisodeScore& e) {
    w.beginObject();
    w.value("episode", e.episode);
    w.value("episode_id", e.episodeId);
    w.value("need", e.need);
    w.value("answered", e.answered);
    w.value("resolved", e.resolved);
    w.value("missed", e.missed);
    if (e.unfinished) w.value("unfinished", true);  // only a run ended early has these
    w.value("latency_s", e.latencyS);
    w.value("stage_answered", core::stageName(e.stageAnswered));
    w.value("first_fit", core::fitName(e.firstFit));
    w.value("responses", e.responses);
    w.value("mismatches", e.mismatches);
    w.value("intrusions", e.intrusions);
    w.value("repaired", e.repaired);
    w.value("frantic", e.frantic);
    writeComponents(w, e.components);
    w.value("score", e.score);
    w.value("sentence", e.sentence);
    w.endObject();
}

void readEpisode(ObjectReader& o, core::EpisodeScore& e) {
    o.read("episode", e.episode);
    o.read("episode_id", e.episodeId, Need::Required);
    o.read("need", e.need, Need::Required);
    o.read("answered", e.answered);
    o.read("resolved", e.resolved);
    o.read("missed", e.missed);
    o.read("unfinished", e.unfinished);
    o.read("latency_s", e.latencyS);
    o.readEnum("stage_answered", e.stageAnswered, core::kStageNames);
    o.readEnum("first_fit", e.firstFit, core::kFitNames);
    o.read("responses", e.responses);
    o.read("mismatches", e.mismatches);
    o.read("intrusions", e.intrusions);
    o.read("repaired", e.repaired);
    o.read("frantic", e.frantic);
    readComponents(o, e.components);
    o.read("score", e.score);
    o.read("sentence", e.sentence);
}

}  // namespace

void writeLevelScore(JsonWriter& w, std::string_view key, const core::LevelScore& s) {
    w.beginObject(key);
    writeLevelScoreFields(w, s);
    w.endObject();
}

void writeLevelScoreFields(JsonWriter& w, const core::LevelScore& s) {
    w.value("score", s.score);
    w.value("stars", s.stars);
    w.value("rating", s.rating);
    w.value("rating_words", s.ratingWords);
    writeComponents(w, s.components);
    w.value("early_catch_rate", s.earlyCatchRate);
    w.value("repair_rate", s.repairRate);
    w.value("relaxed", s.relaxed);
    w.beginArray("episodes");
    for (const core::EpisodeScore& e : s.episodes) writeEpisode(w, e);
    w.endArray();
    w.beginArray("safety_events");
    for (const core::SafetyRecord& r : s.safetyEvents) {
        w.beginObject();
        w.value("kind", core::safetyKindName(r.kind));
        w.value("time_s", r.timeS);
        w.value("text", r.text);
        w.endObject();
    }
    w.endArray();
}

void readLevelScore(ObjectReader& o, core::LevelScore& s) {
    o.read("score", s.score, Need::Required);
    o.read("stars", s.stars);
    o.read("rating", s.rating);
    o.read("rating_words", s.ratingWords);
    readComponents(o, s.components);
    o.read("early_catch_rate", s.earlyCatchRate);
    o.read("repair_rate", s.repairRate);
    o.read("relaxed", s.relaxed);
    o.readObjects("episodes", Need::Optional, [&](ObjectReader& e) {
        s.episodes.emplace_back();
        readEpisode(e, s.episodes.back());
    });
    o.readObjects("safety_events", Need::Optional, [&](ObjectReader& e) {
        core::SafetyRecord r;
        e.readEnum("kind", r.kind, core::kSafetyKindNames, Need::Required);
        e.read("time_s", r.timeS);
        e.read("text", r.text);
        s.safetyEvents.push_back(std::move(r));
    });
}

}  // namespace format
