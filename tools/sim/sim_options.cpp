// Parses attune-sim's arguments; every mistake gets a message that says what was expected.
#include "sim_options.h"

#include <cstdlib>
#include <cstring>
#include <string_view>

#include "core/bots.h"

namespace simtool {
namespace {

bool parseNumber(const char* text, double* out) {
    char* end = nullptr;
    *out = std::strtod(text, &end);
    return end && *end == '\0' && end != text;
}

}  // namespace

const char* simUsage() {
    return "usage: attune-sim --level PATH [--policy sensitive|slow|random|neglect|intrusive]\n"
           "                  [--runs N] [--seed S] [--script ACTIONS.json] [--relaxed] [--json]\n"
           "                  [--start-s T] [--threads N] [--catalog DIR] [--no-physics]\n"
           "Plays a level headless and prints the score breakdown.\n"
           "  --policy    bot that plays (default sensitive); ignored with --script\n"
           "  --runs N    runs with seeds S, S+1, ... spread over all cores (default 1)\n"
           "  --seed S    first seed (default 1)\n"
           "  --script F  timed actions instead of a bot (see docs/FORMAT.md)\n"
           "  --relaxed   no time pressure: promptness counted in cue stages only\n"
           "  --start-s T play from T game seconds (the baby runs on its own before)\n"
           "  --json      one JSON object: mean_score and runs[]\n"
           "Exit: 0 played, 1 the level or script is invalid, 2 usage error.\n";
}

std::optional<SimOptions> parseSimOptions(int argc, char** argv, std::string* error) {
    SimOptions o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto needValue = [&](const char** value) {
            if (i + 1 >= argc) {
                *error = std::string(arg) + " needs a value";
                return false;
            }
            *value = argv[++i];
            return true;
        };
        const char* v = nullptr;
        double n = 0.0;
        if (arg == "--help" || arg == "-h") o.help = true;
        else if (arg == "--relaxed") o.relaxed = true;
        else if (arg == "--json") o.json = true;
        else if (arg == "--no-physics") o.noPhysics = true;
        else if (arg == "--level") { if (!needValue(&v)) return std::nullopt; o.levelPath = v; }
        else if (arg == "--script") { if (!needValue(&v)) return std::nullopt; o.scriptPath = v; }
        else if (arg == "--catalog") { if (!needValue(&v)) return std::nullopt; o.catalogDir = v; }
        else if (arg == "--policy") {
            if (!needValue(&v)) return std::nullopt;
            if (!core::policyFromName(v)) {
                *error = std::string("unknown policy '") + v +
                         "'; expected sensitive, slow, random, neglect or intrusive";
                return std::nullopt;
            }
            o.policy = v;
        } else if (arg == "--runs" || arg == "--seed" || arg == "--threads" || arg == "--start-s") {
            if (!needValue(&v)) return std::nullopt;
            if (!parseNumber(v, &n) || n < 0 || (arg == "--runs" && (n < 1 || n > 100000))) {
                *error = std::string(arg) + " expects a non-negative number" +
                         (arg == "--runs" ? " from 1 to 100000" : "") + ", got '" + v + "'";
                return std::nullopt;
            }
            if (arg == "--runs") o.runs = static_cast<int>(n);
            else if (arg == "--seed") o.seed = static_cast<std::uint64_t>(n);
            else if (arg == "--threads") o.threads = static_cast<int>(n);
            else o.startS = n;
        } else {
            *error = "unknown option '" + std::string(arg) + "'";
            return std::nullopt;
        }
    }
    if (!o.help && o.levelPath.empty()) {
        *error = "--level PATH is required";
        return std::nullopt;
    }
    return o;
}

}  // namespace simtool
