// attune-editor: the level editor. main() reads like a table of contents: poll input → fixed
// updates (checks, play-test, autosave) → draw the panels → present.
#include <cstdio>
#include <string>

#include "editor/editor_app.h"
#include "editor/editor_options.h"

int main(int argc, char** argv) {
    std::string error;
    const auto options = editor::parseEditorOptions(argc, argv, &error);
    if (!options) {
        std::fprintf(stderr, "attune-editor: %s\n%s", error.c_str(), editor::editorUsage());
        return 2;
    }
    if (options->help) {
        std::printf("%s", editor::editorUsage());
        return 0;
    }
    editor::EditorApp app(*options);
    if (!app.start(&error)) {
        std::fprintf(stderr, "attune-editor: %s\n", error.c_str());
        return 1;
    }
    while (app.isRunning()) {
        app.pollInput();     // SDL events → ImGui, then window close
        app.fixedUpdates();  // live checks on a debounce, bots in the background, play-test steps, autosave
        app.drawUi();        // menus, panels, dialogs, shortcuts
        app.present();       // render, screenshot on the last frame, swap
    }
    return app.exitCode();
}
