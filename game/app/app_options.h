// The attune command line: which screen and level to open, autoplay, deterministic runs, benchmarks.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace app {

/// One scripted input for tests and screenshots (--inject): at game time tS, a UI action (verb
/// and index, as the screens emit them), a named key press, or a gamepad button press.
struct Injection {
    enum class Kind { Action, Key, Pad, Mouse, MouseDown, MouseUp };
    double tS = 0.0;
    Kind kind = Kind::Action;
    std::string name;   ///< verb, key name (escape, space, enter, tab) or pad button (a, b, lb, back, start…)
    int index = -1;     ///< for actions: "respond=3" gives 3
    float xPx = 0.0f, yPx = 0.0f;  ///< for Mouse: where the pointer goes, window pixels
};

/// What the command line asked for.
struct AppOptions {
    std::string dataDir;          ///< --data-dir; empty = format::defaultDataDir()
    std::string screen;           ///< --screen title|campaign|library|settings|results|play
    std::string levelPath;        ///< --level PATH
    std::string autoplay;         ///< --autoplay POLICY (sensitive, slow, ...)
    double quitAfterS = -1.0;     ///< --quit-after GAME_SECONDS; < 0 = run until closed
    std::string screenshotPath;   ///< --screenshot OUT.png, written at exit
    int benchFrames = 0;          ///< --bench-frames N
    bool json = false;            ///< --json (with --bench-frames)
    bool fullscreen = false;      ///< --fullscreen
    float uiScale = 0.0f;         ///< --ui-scale X: text size for this run only (not saved); 0 = profile's
    std::vector<Injection> inject;  ///< --inject "T:WHAT,T:WHAT": scripted input
    std::string runJsonPath;      ///< --run-json PATH: the finished (or quit) run, as attune-sim --json writes it
    bool help = false;

    /// True when the run must be reproducible pixel for pixel (tests, screenshots, benchmarks).
    bool isDeterministic() const { return quitAfterS >= 0 || !screenshotPath.empty() || benchFrames > 0; }
};

/// Parses argv; nullopt with *error set on a mistake.
std::optional<AppOptions> parseAppOptions(int argc, char** argv, std::string* error);
/// Parses an --inject list: comma-separated "T:verb", "T:verb=INDEX", "T:key:NAME", "T:pad:NAME",
/// "T:mouse:X:Y" (window pixels), "T:down" or "T:up" (the left mouse button).
std::optional<std::vector<Injection>> parseInjections(const std::string& text, std::string* error);
/// The usage text.
const char* appUsage();

}  // namespace app
