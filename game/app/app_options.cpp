// Parses attune's arguments; every mistake says what was expected.
#include "app/app_options.h"

#include <algorithm>
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

bool isKeyName(std::string_view s) { return s == "escape" || s == "space" || s == "enter" || s == "tab"; }

bool isPadName(std::string_view s) {
    return s == "a" || s == "b" || s == "x" || s == "y" || s == "up" || s == "right" || s == "down" ||
           s == "left" || s == "lb" || s == "rb" || s == "back" || s == "start";
}

bool parseMouse(const std::string& xy, Injection* j) {
    const std::size_t colon = xy.find(':');
    double x = 0, y = 0;
    if (colon == std::string::npos || !parseNumber(xy.substr(0, colon).c_str(), &x) ||
        !parseNumber(xy.substr(colon + 1).c_str(), &y))
        return false;
    j->kind = Injection::Kind::Mouse;
    j->name = "mouse";
    j->xPx = static_cast<float>(x);
    j->yPx = static_cast<float>(y);
    return true;
}

}  // namespace

std::optional<std::vector<Injection>> parseInjections(const std::string& text, std::string* error) {
    std::vector<Injection> out;
    std::size_t at = 0;
    while (at <= text.size()) {
        const std::size_t comma = std::min(text.find(',', at), text.size());
        const std::string item = text.substr(at, comma - at);
        at = comma + 1;
        if (item.empty()) continue;
        const std::size_t colon = item.find(':');
        Injection j;
        if (colon == std::string::npos || !parseNumber(item.substr(0, colon).c_str(), &j.tS) || j.tS < 0) {
            *error = "--inject item '" + item + "' should start with a time in game seconds, like 2.5:pause";
            return std::nullopt;
        }
        std::string what = item.substr(colon + 1);
        if (what == "down" || what == "up") {
            j.kind = what == "down" ? Injection::Kind::MouseDown : Injection::Kind::MouseUp;
            j.name = what;
        } else if (what.rfind("mouse:", 0) == 0) {
            if (!parseMouse(what.substr(6), &j)) {
                *error = "--inject: '" + what + "' should be mouse:X:Y in window pixels, like 2:mouse:400:300";
                return std::nullopt;
            }
        } else if (what.rfind("key:", 0) == 0 || what.rfind("pad:", 0) == 0) {
            j.kind = what[0] == 'k' ? Injection::Kind::Key : Injection::Kind::Pad;
            j.name = what.substr(4);
            if (j.kind == Injection::Kind::Key ? !isKeyName(j.name) : !isPadName(j.name)) {
                *error = "--inject: unknown " + std::string(j.kind == Injection::Kind::Key ? "key" : "pad button") +
                         " '" + j.name + "'; expected " +
                         (j.kind == Injection::Kind::Key ? "escape, space, enter or tab"
                                                         : "a, b, x, y, up, right, down, left, lb, rb, back or start");
                return std::nullopt;
            }
        } else {
            const std::size_t eq = what.find('=');
            j.name = what.substr(0, eq);
            double index = -1;
            if (eq != std::string::npos && !parseNumber(what.substr(eq + 1).c_str(), &index)) {
                *error = "--inject: '" + what + "' needs a whole number after '='";
                return std::nullopt;
            }
            j.index = static_cast<int>(index);
            if (j.name.empty()) {
                *error = "--inject item '" + item + "' names no action";
                return std::nullopt;
            }
        }
        out.push_back(j);
    }
    std::stable_sort(out.begin(), out.end(), [](const Injection& a, const Injection& b) { return a.tS < b.tS; });
    return out;
}

const char* appUsage() {
    return "usage: attune [--data-dir DIR] [--screen title|campaign|library|settings|results|play]\n"
           "              [--screen session|turn|debrief|replay]   (facilitator sessions)\n"
           "              [--level PATH] [--autoplay POLICY] [--quit-after GAME_SECONDS]\n"
           "              [--screenshot OUT.png] [--fullscreen] [--bench-frames N --json]\n"
           "              [--ui-scale X] [--inject \"T:ACTION,T:key:NAME,T:pad:NAME,T:mouse:X:Y,T:down,T:up\"]\n"
           "              [--run-json OUT.json]   (tests: scripted input, the run as attune-sim --json)\n";
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
        else if (a == "--run-json") o.runJsonPath = value();
        else if (a == "--screen") {
            o.screen = value();
            if (!isScreenName(o.screen)) {
                *error = "unknown screen '" + o.screen +
                         "'; expected title, campaign, library, settings, results, play, "
                         "session, turn, debrief or replay";
                return std::nullopt;
            }
        } else if (a == "--inject") {
            auto list = parseInjections(value(), error);
            if (!list) return std::nullopt;
            o.inject = std::move(*list);
        } else if (a == "--ui-scale") {
            const std::string v = value();
            double n = 0;
            if (!parseNumber(v.c_str(), &n) || n < 0.75 || n > 2.0) {
                *error = "--ui-scale expects a number from 0.75 to 2, found '" + v + "'";
                return std::nullopt;
            }
            o.uiScale = static_cast<float>(n);
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
