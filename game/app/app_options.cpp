// Parses attune's arguments; every mistake says what was expected.
#include "app/app_options.h"

#include <cstdlib>
#include <cstring>
#include <string_view>

namespace app {
namespace {

bool isScreenName(std::string_view s) {
    return s == "session" || s == "debrief" || s == "replay" || s == "turn" ||  // facilitator screens
           s == "title" || s == "campaign" || s == "library" || s == "settings" || s == "results" ||
           s == "play" || s == "profile" || s == "intro";
}

bool parseNumber(const char* text, double* out) {
    char* end = nullptr;
    *out = std::strtod(text, &end);
    return end && *end == '\0' && end != text;
}

}  // namespace

const char* appUsage() {
    return "usage: attune [--data-dir DIR] [--screen title|campaign|library|settings|results|play]\n"
           "              [--screen session|turn|debrief|replay]   (facilitator sessions)\n"
           "              [--level PATH] [--autoplay POLICY] [--quit-after GAME_SECONDS]\n"
           "              [--screenshot OUT.png] [--fullscreen] [--bench-frames N --json]\n";
}

std::optional<AppOptions> parseAppOptions(int argc, char** argv, std::string* error) {
    AppOptions o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        const bool hasValue = i + 1 < argc;
        auto value = [&]() { return std::string(argv[++i]); };
        if (a == "--help" || a == "-h") o.help = true;
        else if (a == "--json") o.json = true;
        else if (a == "--fullscreen") o.fullscreen = true;
        else if (!hasValue && a.rfind("--", 0) == 0) {
            *error = std::string(a) + " needs a value";
            return std::nullopt;
        } else if (a == "--data-dir") o.dataDir = value();
        else if (a == "--level") o.levelPath = value();
        else if (a == "--autoplay") o.autoplay = value();
        else if (a == "--screenshot") o.screenshotPath = value();
        else if (a == "--screen") {
            o.screen = value();
            if (!isScreenName(o.screen)) {
                *error = "unknown screen '" + o.screen +
                         "'; expected title, campaign, library, settings, results, play, "
                         "session, turn, debrief or replay";
                return std::nullopt;
            }
        } else if (a == "--quit-after" || a == "--bench-frames") {
            const std::string v = value();
            double n = 0;
            if (!parseNumber(v.c_str(), &n) || n < 0) {
                *error = std::string(a) + " expects a number of 0 or more, found '" + v + "'";
                return std::nullopt;
            }
            if (a == "--quit-after") o.quitAfterS = n;
            else o.benchFrames = static_cast<int>(n);
        } else {
            *error = "unknown argument '" + std::string(a) + "'";
            return std::nullopt;
        }
    }
    return o;
}

}  // namespace app
