// The baby renderer, headless: every catalog cue draws, different cues draw differently, the same
// inputs draw identically, and no enum combination or physics pose produces non-finite geometry.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <string>

#include <imgui.h>

#include "core/handling.h"
#include "format/catalog_file.h"
#include "render/baby_renderer.h"
#include "render/scene_renderer.h"
#include "render/shapes.h"
#include "render/render_capture.h"
#include "support/imgui_frame.h"

namespace {
using Frame = testing::ImGuiFrame;
using testing::babyGeometry;
using testing::capture;
using testing::catalog;
using testing::Geometry;
using testing::lookOf;
}  // namespace

TEST_CASE("Baby renderer: every catalog cue draws finite geometry") {
    Frame f;
    REQUIRE(catalog().cues.size() >= 100);
    for (const auto& cue : catalog().cues) {
        render::BabyLook look;
        look.depiction = cue.depiction;
        for (double t : {0.0, 1.3, 3.4, 7.9}) {
            const Geometry g = babyGeometry(look, t);
            INFO(cue.id << " at " << t << " s");
            CHECK(g.vertices > 500);
            CHECK(g.finite);
        }
    }
}

TEST_CASE("Baby renderer: different cues draw different geometry") {
    Frame f;
    CHECK(babyGeometry(lookOf("distress_crying")).hash != babyGeometry(lookOf("quiet_alert")).hash);
    CHECK(babyGeometry(lookOf("rooting")).hash != babyGeometry(lookOf("yawning")).hash);
    CHECK(babyGeometry(lookOf("smiling")).hash != babyGeometry(lookOf("cooing")).hash);
    CHECK(babyGeometry(lookOf("glazed_stare")).hash != babyGeometry(lookOf("quiet_alert")).hash);
    render::BabyLook toward = lookOf("quiet_alert"), away = toward;
    away.depiction.gaze = core::Gaze::Away;
    CHECK(babyGeometry(toward).hash != babyGeometry(away).hash);
    render::BabyLook pale = toward;
    pale.depiction.pallor = 0.7f;
    CHECK(babyGeometry(toward).hash != babyGeometry(pale).hash);
}

TEST_CASE("Baby renderer: no two catalog cues draw identical geometry") {
    Frame f;
    std::map<std::uint64_t, std::string> seen;
    for (const auto& cue : catalog().cues) {
        render::BabyLook look;
        look.depiction = cue.depiction;
        const std::uint64_t h = babyGeometry(look, 3.4).hash;
        const auto [it, fresh] = seen.emplace(h, cue.id);
        INFO(cue.id << " draws exactly like " << it->second);
        CHECK(fresh);
    }
}

TEST_CASE("Baby renderer: every context draws something of its own, and nothing non-finite") {
    Frame f;
    render::BabyLook base = lookOf("quiet_alert");
    const Geometry plain = babyGeometry(base);
    for (std::size_t c = 1; c < core::kContextNames.size(); ++c)
        for (bool held : {false, true}) {
            render::BabyLook look = base;
            look.depiction.context = static_cast<core::Context>(c);
            look.depiction.posture = c == static_cast<std::size_t>(core::Context::CaregiverKnees) ? core::Posture::Standing : core::Posture::Neutral;
            look.held = held;
            const Geometry g = babyGeometry(look);
            INFO(core::kContextNames[c] << (held ? " held" : " in the cot"));
            CHECK(g.finite);
            if (!held) CHECK(g.hash != plain.hash);
        }
}

TEST_CASE("Baby renderer: the same inputs draw identical geometry") {
    Frame f;
    for (const char* id : {"hunger_crying", "rooting", "crawls_away_glances", "pulls_off_arching"}) {
        const Geometry a = babyGeometry(lookOf(id), 4.25), b = babyGeometry(lookOf(id), 4.25);
        CHECK(a.hash == b.hash);
        CHECK(a.vertices == b.vertices);
    }
}

TEST_CASE("Baby renderer: time animates the baby (breathing, sucking, kicking)") {
    Frame f;
    CHECK(babyGeometry(lookOf("hunger_crying"), 1.0).hash != babyGeometry(lookOf("hunger_crying"), 1.4).hash);
    CHECK(babyGeometry(lookOf("slow_sucking"), 1.0).hash != babyGeometry(lookOf("slow_sucking"), 1.2).hash);
}

TEST_CASE("Baby renderer: tears show only once the baby is old enough (~1-3 months)") {
    Frame f;
    render::BabyLook newborn = lookOf("separation_cry"), older = newborn;
    newborn.ageWeeks = 1;
    older.ageWeeks = 12;
    render::BabyLook dryNewborn = newborn;
    dryNewborn.depiction.tears = 0.0f;
    CHECK(babyGeometry(newborn).hash == babyGeometry(dryNewborn).hash);
    render::BabyLook dryOlder = older;
    dryOlder.depiction.tears = 0.0f;
    CHECK(babyGeometry(older).hash != babyGeometry(dryOlder).hash);
}

TEST_CASE("Baby renderer: every enum value draws without non-finite geometry") {
    Frame f;
    for (int e = 0; e < 7; ++e)
        for (int m = 0; m < 12; ++m)
            for (int p = 0; p < static_cast<int>(core::kPostureNames.size()); ++p) {
                render::BabyLook look;
                look.depiction.eyes = static_cast<core::Eyes>(e);
                look.depiction.mouth = static_cast<core::Mouth>(m);
                look.depiction.posture = static_cast<core::Posture>(p);
                look.depiction.hands = static_cast<core::Hands>((e + m + p) % 9);
                look.depiction.limbs = static_cast<core::Limbs>((m + p) % 10);
                look.depiction.gaze = static_cast<core::Gaze>((e + p) % 5);
                look.depiction.brows = static_cast<core::Brows>(m % 4);
                look.held = (p % 2) == 1;
                look.headSupported = (m % 3) != 0;
                look.reduceMotion = (e % 2) == 0;
                look.colourBlindSafe = (m % 2) == 1;
                look.depiction.context = static_cast<core::Context>((e + m) % core::kContextNames.size());
                const Geometry g = babyGeometry(look, 0.1 * (e + m + p));
                REQUIRE(g.finite);
                REQUIRE(g.vertices > 100);
            }
}

TEST_CASE("Baby renderer: a Box2D pose in arms drives the body") {
    Frame f;
    core::Handling h;
    h.setHeld(true);
    for (int i = 0; i < 180; ++i) h.step(core::synthGesture("rock", i / 60.0));
    render::BabyLook look = lookOf("quiet_alert");
    look.pose = h.pose();
    look.hasPose = true;
    look.held = true;
    const Geometry withPose = babyGeometry(look);
    CHECK(withPose.finite);
    CHECK(withPose.vertices > 500);
    look.hasPose = false;
    CHECK(babyGeometry(look).hash != withPose.hash);
}

TEST_CASE("Scene renderer: rooms, times of day, light and noise draw differently") {
    Frame f;
    auto scene = [](const render::SceneLook& s) {
        return capture([&](ImDrawList* dl) { render::drawScene(dl, ImVec2(0, 0), ImVec2(800, 600), s, 1.0); });
    };
    render::SceneLook base;
    const Geometry a = scene(base);
    CHECK(a.vertices > 100);
    CHECK(a.finite);
    for (const char* room : {"bedroom", "living_room", "kitchen", "park"}) {
        render::SceneLook s = base;
        s.room = room;
        CHECK(scene(s).hash != a.hash);
    }
    render::SceneLook night = base, dark = base, loud = base, mat = base;
    night.timeOfDay = "night";
    dark.light = 0.1f;
    loud.noise = 0.9f;
    mat.onPlayMat = true;
    CHECK(scene(night).hash != a.hash);
    CHECK(scene(dark).hash != a.hash);
    CHECK(scene(loud).hash != a.hash);
    CHECK(scene(mat).hash != a.hash);
}

TEST_CASE("Shapes: a soft glow is strongest at its centre and fades to nothing at its edge") {
    Frame f;
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    dl->_ResetForNewFrame();
    dl->PushClipRectFullScreen();
    const ImVec2 c(200, 150), r(60, 30);
    render::softGlow(dl, c, r, IM_COL32(250, 170, 90, 200), 5);
    REQUIRE(dl->VtxBuffer.Size > 1);
    CHECK(dl->VtxBuffer.Size <= 1 + 5 * 28);  // one mesh, not five anti-aliased ellipses
    CHECK(dl->IdxBuffer.Size % 3 == 0);
    auto alpha = [](const ImDrawVert& v) { return static_cast<int>((v.col >> IM_COL32_A_SHIFT) & 0xFF); };
    const ImDrawVert& centre = dl->VtxBuffer[0];
    CHECK(centre.pos.x == c.x);
    CHECK(centre.pos.y == c.y);
    // Five layers of 40/255 each build to 1 - (1 - 40/255)^5 at the centre: about 146.
    CHECK(alpha(centre) > 130);
    CHECK(alpha(centre) < 160);
    int prev = alpha(centre), edgeVertices = 0;
    for (int i = 1; i < dl->VtxBuffer.Size; ++i) {
        const ImDrawVert& v = dl->VtxBuffer[i];
        const float dx = (v.pos.x - c.x) / r.x, dy = (v.pos.y - c.y) / r.y;
        const float d = dx * dx + dy * dy;
        CHECK(d <= 1.0001f);  // nothing outside the ellipse
        CHECK(alpha(v) <= prev + 1);  // rings fade outward
        if (d > 0.999f) {
            ++edgeVertices;
            CHECK(alpha(v) == 0);
        }
        if (i % ((dl->VtxBuffer.Size - 1) / 5) == 0) prev = alpha(v);
    }
    CHECK(edgeVertices >= 6);
    for (const ImDrawIdx i : dl->IdxBuffer) CHECK(i < dl->VtxBuffer.Size);
}
