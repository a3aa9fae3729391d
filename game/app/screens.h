// Factory functions for each screen (each screen class lives in its own file).
#pragma once

#include <memory>

#include "app/screen.h"

namespace app {

std::unique_ptr<Screen> makeTitleScreen();
std::unique_ptr<Screen> makeProfileScreen();
std::unique_ptr<Screen> makeCampaignScreen();
std::unique_ptr<Screen> makeIntroScreen();
std::unique_ptr<Screen> makePlayScreen();
std::unique_ptr<Screen> makeResultsScreen();
std::unique_ptr<Screen> makeLibraryScreen(ScreenId back);
std::unique_ptr<Screen> makeSettingsScreen(ScreenId back);
std::unique_ptr<Screen> makeSessionSetupScreen();
std::unique_ptr<Screen> makeSessionPlayScreen();
std::unique_ptr<Screen> makeSessionDebriefScreen();
std::unique_ptr<Screen> makeSessionReplayScreen();

}  // namespace app
