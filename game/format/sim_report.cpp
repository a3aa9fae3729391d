// SimReport → JSON, snake_case keys and enums by data name, for scripts that read attune-sim output.
#include "format/json_prelude.h"

#include "format/sim_report.h"

#include "format/json_writer.h"
#include "format/score_json.h"

namespace format {
namespace {

void writeRun(JsonWriter& w, const core::LevelScore& s, std::uint64_t seed,
              const std::vector<std::string>& cuesSeen) {
    w.beginObject();
    w.value("seed", seed);
    writeLevelScoreFields(w, s);
    w.stringList("cues_seen", cuesSeen);
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
    static const std::vector<std::string> kNone;
    for (std::size_t i = 0; i < report.runs.size(); ++i)
        writeRun(w, report.runs[i], i < report.runSeeds.size() ? report.runSeeds[i] : report.seed,
                 i < report.runCuesSeen.size() ? report.runCuesSeen[i] : kNone);
    w.endArray();
    w.endObject();
    return w.finish();
}

}  // namespace format
