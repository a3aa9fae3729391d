// Cue depictions: every catalog cue must be nameable from its picture, so no two cues may carry the
// same depiction (identical data draws an identical baby). The situation fields (posture, context)
// count: a car seat and a tummy-down cot differ there, not in the face.
#include <catch2/catch.hpp>

#include "format/catalog_file.h"

TEST_CASE("Cue depictions: no two catalog cues share an identical depiction") {
    const auto cat = format::loadCatalog(ATTUNE_ROOT_DIR "/assets/catalog");
    REQUIRE(cat.ok());
    const auto& cues = cat.value->cues;
    REQUIRE(cues.size() > 100);
    for (std::size_t i = 0; i < cues.size(); ++i)
        for (std::size_t j = i + 1; j < cues.size(); ++j) {
            INFO(cues[i].id << " and " << cues[j].id << " have the same depiction");
            CHECK(cues[i].depiction != cues[j].depiction);
        }
}

TEST_CASE("Cue depictions: the situation cues carry the context their words describe") {
    const auto cat = format::loadCatalog(ATTUNE_ROOT_DIR "/assets/catalog");
    REQUIRE(cat.ok());
    auto depictionOf = [&](const std::string& id) {
        for (const auto& c : cat.value->cues)
            if (c.id == id) return c.depiction;
        FAIL("no cue " << id);
        return core::DepictionDef{};
    };
    CHECK(depictionOf("asleep_on_tummy").posture == core::Posture::Prone);
    CHECK(depictionOf("asleep_car_seat").context == core::Context::CarSeat);
    CHECK(depictionOf("wet_crying").context == core::Context::WetNappy);
    CHECK(depictionOf("you_feel_angry").context == core::Context::CaregiverAngry);
    CHECK(depictionOf("refuel_cry").posture == core::Posture::Standing);
}
