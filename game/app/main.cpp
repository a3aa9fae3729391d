// attune: the game. main() reads like a table of contents: poll input → fixed updates → draw →
// UI → present.
#include <cstdio>
#include <string>

#include "app/app_options.h"
#include "app/game.h"
#include "platform/clock.h"

int main(int argc, char** argv) {
    platform::wallSeconds();  // start the clock for start-up time
    std::string error;
    const auto options = app::parseAppOptions(argc, argv, &error);
    if (!options) {
        std::fprintf(stderr, "attune: %s\n%s", error.c_str(), app::appUsage());
        return 2;
    }
    if (options->help) {
        std::printf("%s", app::appUsage());
        return 0;
    }
    app::Game game(*options);
    if (!game.start(&error)) {
        std::fprintf(stderr, "attune: %s\n", error.c_str());
        return 1;
    }
    if (options->benchFrames > 0) return game.bench(options->benchFrames);
    while (game.isRunning()) {
        game.pollInput();      // SDL events → ImGui, then plain input
        game.fixedUpdates();   // accumulator, dt 1/60 s, frame time clamped to 0.25 s, step cap
        game.betweenFrames();  // screen switches, fonts, fullscreen
        game.drawUi();         // the current screen builds its UI from const state
        game.present();        // render, screenshot on the last frame, swap
    }
    return 0;
}
