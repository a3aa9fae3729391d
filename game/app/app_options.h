// The attune command line: which screen and level to open, autoplay, deterministic runs, benchmarks.
#pragma once

#include <optional>
#include <string>

namespace app {

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
    bool help = false;

    /// True when the run must be reproducible pixel for pixel (tests, screenshots, benchmarks).
    bool isDeterministic() const { return quitAfterS >= 0 || !screenshotPath.empty() || benchFrames > 0; }
};

/// Parses argv; nullopt with *error set on a mistake.
std::optional<AppOptions> parseAppOptions(int argc, char** argv, std::string* error);
/// The usage text.
const char* appUsage();

}  // namespace app
