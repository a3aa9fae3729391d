// Command-line options of attune-editor.
#pragma once

#include <optional>
#include <string>

namespace editor {

/// attune-editor [PATH] [--quit-after SECONDS] [--screenshot OUT.png] [--select N] [--play-test WHO]
struct EditorOptions {
    std::string levelPath;       ///< level to open at start
    double quitAfterS = -1.0;    ///< quit after this many seconds of fixed frames (headless runs)
    std::string screenshotPath;  ///< PNG written on the last frame
    int select = -1;             ///< episode to select at start (screenshots, docs)
    std::string playTest;        ///< start a play-test at once: "hand" or a bot policy
    double playFromS = 0.0;      ///< where that play-test starts
    int playSpeed = 0;           ///< steps per frame for that play-test (0 = the usual)
    std::string catalogTab;      ///< open this catalog tab at start ("new-cue", "needs" ...)
    std::string focus;           ///< a field path to show at start, as an issue click does
    bool dialogs = false;        ///< scripted runs still use the config folder and show dialogs
    bool help = false;

    /// True for scripted runs: one fixed step per frame, no dialogs, no autosave.
    bool isDeterministic() const { return quitAfterS >= 0.0 || !screenshotPath.empty(); }
};

/// Parses argv; nullopt with *error set on a usage error.
std::optional<EditorOptions> parseEditorOptions(int argc, char** argv, std::string* error);
/// The usage text.
const char* editorUsage();

}  // namespace editor
