// Command-line options of attune-editor.
#include "editor/editor_options.h"

#include <cstdlib>

namespace editor {

const char* editorUsage() {
    return "usage: attune-editor [PATH] [--quit-after SECONDS] [--screenshot OUT.png]\n"
           "                     [--select EPISODE] [--play-test hand|sensitive|slow|...] [--play-from SECONDS]\n                     [--play-speed STEPS_PER_FRAME]\n                     [--catalog-tab cues|responses|needs|sources|new-cue] [--dialogs] [--focus FIELD]\n";
}

std::optional<EditorOptions> parseEditorOptions(int argc, char** argv, std::string* error) {
    EditorOptions o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        const auto need = [&]() -> const char* {
            if (!hasValue) {
                *error = a + " needs a value";
                return nullptr;
            }
            return argv[++i];
        };
        if (a == "--help" || a == "-h") o.help = true;
        else if (a == "--quit-after") { const char* v = need(); if (!v) return std::nullopt; o.quitAfterS = std::atof(v); }
        else if (a == "--screenshot") { const char* v = need(); if (!v) return std::nullopt; o.screenshotPath = v; }
        else if (a == "--select") { const char* v = need(); if (!v) return std::nullopt; o.select = std::atoi(v); }
        else if (a == "--play-test") { const char* v = need(); if (!v) return std::nullopt; o.playTest = v; }
        else if (a == "--catalog-tab") { const char* v = need(); if (!v) return std::nullopt; o.catalogTab = v; }
        else if (a == "--dialogs") o.dialogs = true;
        else if (a == "--focus") { const char* v = need(); if (!v) return std::nullopt; o.focus = v; }
        else if (a == "--play-speed") { const char* v = need(); if (!v) return std::nullopt; o.playSpeed = std::atoi(v); }
        else if (a == "--play-from") { const char* v = need(); if (!v) return std::nullopt; o.playFromS = std::atof(v); }
        else if (!a.empty() && a[0] == '-') { *error = "unknown option " + a; return std::nullopt; }
        else if (o.levelPath.empty()) o.levelPath = a;
        else { *error = "only one level path, got " + a; return std::nullopt; }
    }
    return o;
}

}  // namespace editor
