// Tests of the player's hands: what counts as holding on, and how a frame's mouse motion is spread.
#include <catch2/catch.hpp>

#include "app/hand_drive.h"
#include "app/play_layout.h"

namespace {

constexpr float kDtS = 1.0f / 60.0f;

app::PlayLayout layout() { return app::playLayout(1280.0f, 720.0f, 16.0f); }

platform::InputFrame mouseAt(float xPx, float yPx, bool down, float dxPx = 0.0f) {
    platform::InputFrame in;
    in.mouseXPx = xPx;
    in.mouseYPx = yPx;
    in.mouseDown = down;
    in.mouseDxPx = dxPx;
    return in;
}

}  // namespace

TEST_CASE("Hand drive: a press on the scene holds on, and letting go stops holding") {
    app::HandDrive hand;
    core::HandSample s;
    CHECK(hand.step(mouseAt(380, 300, true), {}, layout(), false, true, kDtS, &s));
    CHECK(hand.isDragging());
    CHECK_FALSE(hand.step(mouseAt(380, 300, false), {}, layout(), false, true, kDtS, &s));
}

TEST_CASE("Hand drive: a press outside the scene (on the buttons) does not grab the baby") {
    app::HandDrive hand;
    core::HandSample s;
    CHECK_FALSE(hand.step(mouseAt(1100, 300, true), {}, layout(), false, true, kDtS, &s));
}

TEST_CASE("Hand drive: the response's key held, an arrow key, or the head let go all hold on") {
    app::HandDrive hand;
    core::HandSample s;
    CHECK(hand.step(mouseAt(0, 0, false), {}, layout(), true, true, kDtS, &s));
    platform::InputFrame arrow;
    arrow.down[static_cast<int>(platform::Key::Right)] = true;
    CHECK(hand.step(arrow, {}, layout(), false, true, kDtS, &s));
    CHECK(s.xM > 0.0f);
    CHECK(hand.step(mouseAt(0, 0, false), {}, layout(), false, false, kDtS, &s));
    CHECK_FALSE(s.headSupported);
}

TEST_CASE("Hand drive: a frame's mouse motion is spread over that frame's steps") {
    // Grab, then one frame that moved 60 px and covers four fixed steps: each step takes a quarter.
    app::HandDrive spread, lumped;
    core::HandSample a, b;
    spread.step(mouseAt(380, 300, true), {}, layout(), false, true, kDtS, &a);
    lumped.step(mouseAt(380, 300, true), {}, layout(), false, true, kDtS, &b);
    spread.step(mouseAt(440, 300, true, 60), {0, 4}, layout(), false, true, kDtS, &a);
    lumped.step(mouseAt(440, 300, true, 60), {0, 1}, layout(), false, true, kDtS, &b);
    CHECK(a.xM > 0.0f);
    CHECK(a.xM < b.xM * 0.5f);
    for (int k = 1; k < 4; ++k) {
        spread.step(mouseAt(440, 300, true, 60), {k, 4}, layout(), false, true, kDtS, &a);
        lumped.step(mouseAt(440, 300, true, 60), {0, 1}, layout(), false, true, kDtS, &b);
    }
    CHECK(a.xM < b.xM);  // behind, but on its way to the same place
    for (int k = 0; k < 60; ++k) {
        spread.step(mouseAt(440, 300, true), {}, layout(), false, true, kDtS, &a);
        lumped.step(mouseAt(440, 300, true), {}, layout(), false, true, kDtS, &b);
    }
    CHECK(a.xM == Approx(b.xM).margin(1e-4));
}
