// Tests of the play screen's hints: the need is not named the moment a cue appears.
#include <catch2/catch.hpp>

#include "app/play_panels.h"

namespace {

core::VisibleCue cueOnShowFor(double sinceS, int revealedNeed = -1) {
    core::VisibleCue c;
    c.cue = 0;
    c.sinceS = sinceS;
    c.revealedNeed = revealedNeed;
    return c;
}

}  // namespace

TEST_CASE("Hints: a cue's need is named only after the player has had time to look") {
    const double delay = app::hintDelayFor(0);
    CHECK(delay >= 5.0);
    CHECK(app::hintableCues({cueOnShowFor(0.0)}, delay).empty());
    CHECK(app::hintableCues({cueOnShowFor(delay - 0.1)}, delay).empty());
    CHECK(app::hintableCues({cueOnShowFor(delay + 0.1)}, delay).size() == 1);
}

TEST_CASE("Hints: a checked cue shows what the check found at once") {
    CHECK(app::hintableCues({cueOnShowFor(0.0, 2)}, app::hintDelayFor(0)).size() == 1);
}

TEST_CASE("Hints: the wait grows as the campaign goes on, and the hints fade to none") {
    CHECK(app::hintDelayFor(3) > app::hintDelayFor(0));
    CHECK(app::hintLevelFor(0, true) == app::HintLevel::Bars);
    CHECK(app::hintLevelFor(10, true) == app::HintLevel::BodyLanguageOnly);
}
