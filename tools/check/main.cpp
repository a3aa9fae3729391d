// attune-check: validates Attune levels, scripts and catalogs; one line per problem, exit code for CI.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "check_run.h"
#include "format/paths.h"

namespace {

const char* kHelp =
    "usage: attune-check [--json] [--catalog DIR] PATH...\n"
    "\n"
    "Checks Attune data files and prints one line per problem on stdout:\n"
    "  PATH:LINE:COL: error: FIELD: MESSAGE   (or warning:)\n"
    "and a one-line summary on stderr.\n"
    "\n"
    "PATH may be:\n"
    "  a level file (levels/NAME.json)    checked against the catalog\n"
    "  a script file (has \"actions\")      checked against the catalog\n"
    "  a catalog file (sources.json, needs.json, cues.json, responses.json, fits.json):\n"
    "                                     its whole folder is loaded and cross-checked\n"
    "  a folder holding sources.json      checked as a catalog\n"
    "  any other folder                   every *.json in it is checked as a level or script;\n"
    "                                     JSON objects with none of \"episodes\", \"baby\",\n"
    "                                     \"duration_s\" or \"actions\" (e.g. index.json) are skipped\n"
    "\n"
    "options:\n"
    "  --catalog DIR   catalog for levels and scripts (default: $ATTUNE_ROOT/assets/catalog,\n"
    "                  else the source tree's assets/catalog)\n"
    "  --json          print one JSON object {ok, exit_code, files, diagnostics} instead\n"
    "  -h, --help      this text\n"
    "\n"
    "exit status: 0 all valid (warnings allowed), 1 something invalid,\n"
    "             2 usage error or a PATH that cannot be read\n";

int usageError(const char* message) {
    std::fprintf(stderr, "attune-check: %s\n%s", message, kHelp);
    return 2;
}

void printText(const check::CheckRun& run) {
    int errors = 0, warnings = 0;
    for (const format::Diagnostic& d : run.diagnostics) {
        std::printf("%s\n", format::formatDiagnostic(d).c_str());
        (d.severity == format::Diagnostic::Severity::Error ? errors : warnings)++;
    }
    std::fprintf(stderr, "attune-check: %zu file(s) checked, %d error(s), %d warning(s)\n",
                 run.files.size(), errors, warnings);
}

}  // namespace

int main(int argc, char** argv) {
    bool json = false;
    check::CheckRun run;
    run.catalogDir = format::defaultCatalogDir();
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            std::printf("%s", kHelp);
            return 0;
        } else if (arg == "--json") {
            json = true;
        } else if (arg == "--catalog") {
            if (i + 1 >= argc) return usageError("--catalog needs a folder");
            run.catalogDir = argv[++i];
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usageError(("unknown option " + arg).c_str());
        } else {
            paths.push_back(arg);
        }
    }
    if (paths.empty()) return usageError("no PATH given");
    try {
        for (const std::string& p : paths) check::checkPath(p, run);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "attune-check: internal error: %s\n", e.what());
        return 2;
    }
    if (json)
        std::printf("%s", check::runToJson(run).c_str());
    else
        printText(run);
    return check::exitCode(run);
}
