// Tests for settings as saved: defaults, clamping of out-of-range values, key remapping.
#include <catch2/catch.hpp>

#include "format/save_file.h"

TEST_CASE("Settings: defaults are readable and calm") {
    const format::Settings s;
    CHECK(s.uiScale == 1.0f);
    CHECK(s.captions);
    CHECK_FALSE(s.relaxed);
    CHECK_FALSE(s.reduceMotion);
}

TEST_CASE("Settings: out-of-range values are clamped when read") {
    const auto p = format::parseProfile(
        R"({"format_version": 1, "id": "a", "name": "A",
            "settings": {"ui_scale": 9.0, "baby_volume": -1, "interface_volume": 3}})", "a.json");
    REQUIRE(p.ok());
    CHECK(p.value->settings.uiScale == 2.0f);
    CHECK(p.value->settings.babyVolume == 0.0f);
    CHECK(p.value->settings.interfaceVolume == 1.0f);
}

TEST_CASE("Settings: remapped keys round trip and a missing settings block gives defaults") {
    format::Profile p;
    p.id = "a";
    p.name = "A";
    p.settings.keys["rock"] = "L";
    p.settings.keys["feed"] = "1";
    const auto back = format::parseProfile(format::profileToJson(p), "a.json");
    REQUIRE(back.ok());
    CHECK(back.value->settings.keys.size() == 2);
    CHECK(back.value->settings.keys.at("rock") == "L");
    const auto bare = format::parseProfile(R"({"format_version": 1, "id": "b", "name": "B"})", "b.json");
    REQUIRE(bare.ok());
    CHECK(bare.value->settings.captions);
}

TEST_CASE("Settings: a wrongly typed setting is an error with its field path") {
    const auto p = format::parseProfile(
        R"({"format_version": 1, "id": "a", "name": "A", "settings": {"captions": "yes"}})", "a.json");
    CHECK_FALSE(p.ok());
    REQUIRE_FALSE(p.diagnostics.empty());
    CHECK(p.diagnostics[0].field == "settings.captions");
}
