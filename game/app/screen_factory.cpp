// ScreenId → a new screen.
#include "app/screens.h"

namespace app {

std::unique_ptr<Screen> makeScreen(ScreenId id, ScreenId back) {
    switch (id) {
    case ScreenId::Title: return makeTitleScreen();
    case ScreenId::Profile: return makeProfileScreen();
    case ScreenId::Campaign: return makeCampaignScreen();
    case ScreenId::Intro: return makeIntroScreen();
    case ScreenId::Play: return makePlayScreen();
    case ScreenId::Results: return makeResultsScreen();
    case ScreenId::Library: return makeLibraryScreen(back);
    case ScreenId::Settings: return makeSettingsScreen(back);
    case ScreenId::SessionSetup: return makeSessionSetupScreen();
    case ScreenId::SessionPlay: return makeSessionPlayScreen();
    case ScreenId::SessionDebrief: return makeSessionDebriefScreen();
    case ScreenId::SessionReplay: return makeSessionReplayScreen();
    case ScreenId::Stay: break;
    }
    return makeTitleScreen();
}

}  // namespace app
