// The baby's scene: each response being done shows its action, a cot baby lies flat, and every
// place, wrap and mark draws something of its own.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "render/baby_rig.h"
#include "render/baby_scene.h"
#include "render/render_capture.h"
#include "support/imgui_frame.h"

namespace {
using Frame = testing::ImGuiFrame;
using testing::babyGeometry;
using testing::catalog;
using testing::Geometry;
using testing::lookOf;

render::Rig rigOf(const render::BabyLook& look) {
    const render::Anim an = render::makeAnim(look, 2.0);
    return render::rigFromDepiction(look, an, ImVec2(400, 300), 400.0f);
}

render::BabyLook doing(const std::string& cue, const std::string& action) {
    render::BabyLook look = lookOf(cue);
    look.action = action;
    return look;
}
}  // namespace

TEST_CASE("Baby scene: every response being done draws differently from the idle baby") {
    Frame f;
    for (const std::string cue : {"quiet_alert", "distress_crying", "asleep_on_tummy"}) {
        const Geometry idle = babyGeometry(lookOf(cue));
        for (const auto& r : catalog().responses) {
            const Geometry g = babyGeometry(doing(cue, r.id));
            INFO(r.id << " on " << cue);
            CHECK(g.finite);
            CHECK(g.hash != idle.hash);
        }
    }
}

TEST_CASE("Baby scene: a baby lying on its back in the cot is drawn with its body horizontal") {
    render::BabyLook look = lookOf("quiet_alert");
    REQUIRE(look.depiction.place == core::Place::Cot);
    REQUIRE(look.depiction.lying == core::Lying::Back);
    const render::Rig r = rigOf(render::stage(look).look);
    const ImVec2 feet((r.legs[0].end.x + r.legs[1].end.x) * 0.5f, (r.legs[0].end.y + r.legs[1].end.y) * 0.5f);
    CHECK(r.lying);
    CHECK(r.head.x < r.hips.x);                                    // head to the left, feet to the right
    CHECK(feet.x - r.head.x > 250.0f);                             // most of its length runs across
    CHECK(std::fabs(feet.y - r.head.y) < 0.3f * (feet.x - r.head.x));  // and hardly any of it up or down
    CHECK(std::fabs(r.hips.y - r.neck.y) < 0.1f * std::fabs(r.hips.x - r.neck.x));
}

TEST_CASE("Baby scene: in arms, at the shoulder and in a car seat the baby is not lying flat") {
    render::BabyLook look = lookOf("quiet_alert");
    for (const char* action : {"burp", "hold"}) {
        look.action = action;
        const render::Rig r = rigOf(render::stage(look).look);
        INFO(action);
        CHECK_FALSE(r.lying);
        CHECK(r.head.y < r.hips.y);  // head above the hips
    }
    const render::Rig seat = rigOf(render::stage(lookOf("asleep_car_seat")).look);
    CHECK_FALSE(seat.lying);
    CHECK(seat.head.y < seat.hips.y - 50.0f);
}

TEST_CASE("Baby scene: each care response puts the baby where it is done") {
    CHECK(render::stage(doing("rooting", "feed")).look.depiction.place == core::Place::Bottle);
    CHECK(render::stage(doing("slow_sucking", "feed")).look.depiction.place == core::Place::Breast);
    CHECK(render::stage(doing("rooting", "feed")).look.depiction.mouth == core::Mouth::Sucking);
    CHECK(render::stage(doing("stops_feeding_squirms", "burp")).look.depiction.place == core::Place::Shoulder);
    CHECK(render::stage(doing("wet_crying", "change_nappy")).look.depiction.place == core::Place::Mat);
    CHECK(render::stage(doing("distress_crying", "rock")).look.held);
    const render::Staged back = render::stage(doing("asleep_on_tummy", "put_down_back"));
    CHECK(back.look.depiction.place == core::Place::Cot);
    CHECK(back.look.depiction.lying == core::Lying::Back);
    CHECK(back.look.depiction.posture != core::Posture::Prone);
    CHECK(back.look.depiction.context == core::Context::None);  // the blanket and toy are gone
    CHECK(render::stage(doing("swaddle_struggle", "sleep_bag")).look.depiction.wrap == core::Wrap::SleepBag);
    CHECK(render::stage(doing("quiet_alert", "swaddle")).look.depiction.wrap == core::Wrap::Swaddle);
}

TEST_CASE("Baby scene: the room draws the cot only while the baby lies in it") {
    CHECK(render::showsCot(lookOf("quiet_alert")));
    CHECK(render::showsCot(lookOf("asleep_on_tummy")));
    CHECK_FALSE(render::showsCot(lookOf("asleep_car_seat")));
    CHECK_FALSE(render::showsCot(lookOf("asleep_on_sofa")));
    CHECK_FALSE(render::showsCot(lookOf("turns_from_feed")));
    CHECK_FALSE(render::showsCot(doing("quiet_alert", "change_nappy")));
    render::BabyLook held = lookOf("quiet_alert");
    held.held = true;
    CHECK_FALSE(render::showsCot(held));
}

TEST_CASE("Baby scene: every place, lying, wrap and mark draws something of its own") {
    Frame f;
    const render::BabyLook base = lookOf("quiet_alert");
    const Geometry plain = babyGeometry(base);
    auto check = [&](const render::BabyLook& look, const std::string& what) {
        const Geometry g = babyGeometry(look);
        INFO(what);
        CHECK(g.finite);
        CHECK(g.vertices > 500);
        CHECK(g.hash != plain.hash);
    };
    for (std::size_t p = 1; p < core::kPlaceNames.size(); ++p) {
        render::BabyLook look = base;
        look.depiction.place = static_cast<core::Place>(p);
        check(look, std::string(core::kPlaceNames[p]));
    }
    for (std::size_t l = 1; l < core::kLyingNames.size(); ++l) {
        render::BabyLook look = base;
        look.depiction.lying = static_cast<core::Lying>(l);
        check(look, std::string(core::kLyingNames[l]));
    }
    for (std::size_t w = 1; w < core::kWrapNames.size(); ++w) {
        render::BabyLook look = base;
        look.depiction.wrap = static_cast<core::Wrap>(w);
        check(look, std::string(core::kWrapNames[w]));
    }
    for (std::size_t m = 0; m < core::kMarkNames.size(); ++m) {
        render::BabyLook look = base;
        look.depiction.add(static_cast<core::Mark>(m));
        check(look, std::string(core::kMarkNames[m]));
    }
}

TEST_CASE("Baby scene: a pale crying face is not covered in hard-edged ovals unless it is blotchy") {
    Frame f;
    // Pallor alone tints the skin; the blotches come only with the mottled mark (a caption that says
    // blotchy or mottled). The play-test read the old ovals as a drawing fault.
    render::BabyLook pale = lookOf("unsettled_cry");
    REQUIRE(pale.depiction.pallor > 0.25f);
    REQUIRE_FALSE(pale.depiction.has(core::Mark::Mottled));
    render::BabyLook blotchy = pale;
    blotchy.depiction.add(core::Mark::Mottled);
    CHECK(babyGeometry(blotchy).vertices > babyGeometry(pale).vertices);
}
