// SimReport → JSON, snake_case keys and enums by data name, for scripts that read attune-sim output.
#include "format/json_prelude.h"

#include "format/sim_report.h"

#include "format/json_writer.h"

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

void writeEpisode(JsonWriter& w, const core::EpisodeScore& e) {
    w.beginObject();
    w.value("episode", e.episode);
    w.value("episode_id", e.episodeId);
    w.value("need", e.need);
    w.value("answered", e.answered);
    w.value("resolved", e.resolved);
    w.value("missed", e.missed);
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

void writeRun(JsonWriter& w, const core::LevelScore& s, std::uint64_t seed) {
    w.beginObject();
    w.value("seed", seed);
    w.value("score", s.score);
    w.value("stars", s.stars);
    w.value("rating", s.rating);
    w.value("rating_words", s.ratingWords);
    writeComponents(w, s.components);
    w.value("early_catch_rate", s.earlyCatchRate);
    w.value("repair_rate", s.repairRate);
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
    w.endObject();
}

}  // namespace

std::string simReportJson(const SimReport& report) {
    JsonWriter w;
    w.beginObject();
    w.value("level", report.level);
    w.value("policy", report.policy);
    w.value("seed", report.seed);
    w.value("relaxed", report.relaxed);
    w.value("mean_score", report.meanScore);
    w.beginArray("runs");
    for (std::size_t i = 0; i < report.runs.size(); ++i)
        writeRun(w, report.runs[i], i < report.runSeeds.size() ? report.runSeeds[i] : report.seed);
    w.endArray();
    w.endObject();
    return w.finish();
}

}  // namespace format
