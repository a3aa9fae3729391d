// The shipped content (catalog, campaign, levels) loaded once for app tests.
#pragma once

#include <catch2/catch.hpp>

#include <string>

#include "app/game_data.h"

namespace testing {

/// The repository's game data, loaded on first use.
inline const app::GameData& shippedGameData() {
    static const app::GameData data = [] {
        app::GameData d;
        std::string error;
        REQUIRE(app::loadGameData(ATTUNE_ROOT_DIR, &d, &error));
        return d;
    }();
    return data;
}

}  // namespace testing
