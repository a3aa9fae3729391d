// attune-sim: load the catalog and a level, play it with a bot or a script, print the score.
#include <cstdio>
#include <string>

#include "core/runner.h"
#include "format/catalog_file.h"
#include "format/level_file.h"
#include "format/script_file.h"
#include "format/sim_report.h"
#include "sim_options.h"
#include "text_report.h"

namespace {

bool reportDiagnostics(const std::vector<format::Diagnostic>& diagnostics) {
    for (const format::Diagnostic& d : diagnostics)
        std::fprintf(stderr, "%s\n", format::formatDiagnostic(d).c_str());
    return !format::hasErrors(diagnostics);
}

}  // namespace

int main(int argc, char** argv) {
    std::string error;
    const auto options = simtool::parseSimOptions(argc, argv, &error);
    if (!options) {
        std::fprintf(stderr, "attune-sim: %s\n%s", error.c_str(), simtool::simUsage());
        return 2;
    }
    if (options->help) {
        std::printf("%s", simtool::simUsage());
        return 0;
    }
    const std::string catalogDir =
        options->catalogDir.empty() ? format::defaultCatalogDir() : options->catalogDir;
    const auto catalog = format::loadCatalog(catalogDir);
    if (!reportDiagnostics(catalog.diagnostics) || !catalog.value) return 1;
    const auto level = format::loadLevel(options->levelPath, *catalog.value);
    if (!reportDiagnostics(level.diagnostics) || !level.value) return 1;
    std::optional<core::Script> script;
    if (!options->scriptPath.empty()) {
        auto loaded = format::loadScript(options->scriptPath, *catalog.value);
        if (!reportDiagnostics(loaded.diagnostics) || !loaded.value) return 1;
        script = std::move(loaded.value);
    }
    core::RunOptions run;
    run.policy = options->policy;
    run.seed = options->seed;
    run.relaxed = options->relaxed;
    run.physics = !options->noPhysics;
    run.startS = options->startS;
    run.script = script ? &*script : nullptr;
    const auto results =
        core::runMany(*catalog.value, *level.value, run, options->runs, options->threads);
    const std::string player = script ? "script " + options->scriptPath : options->policy + " bot";
    if (options->json) {
        format::SimReport report;
        report.level = level.value->id;
        report.policy = script ? "script" : options->policy;
        report.seed = options->seed;
        report.relaxed = options->relaxed;
        report.meanScore = core::meanScore(results);
        for (std::size_t i = 0; i < results.size(); ++i) {
            report.runs.push_back(results[i].score);
            report.runSeeds.push_back(options->seed + i);
            report.runCuesSeen.push_back(results[i].cuesSeen);
        }
        std::printf("%s", format::simReportJson(report).c_str());
    } else {
        std::printf("%s", simtool::textReport(*level.value, results, player, options->relaxed).c_str());
    }
    return 0;
}
