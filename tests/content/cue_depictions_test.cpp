// Cue depictions: every catalog cue must be nameable from its picture, so no two cues may carry the
// same depiction (identical data draws an identical baby). The situation fields (posture, context)
// count: a car seat and a tummy-down cot differ there, not in the face.
#include <catch2/catch.hpp>

#include <cctype>
#include <string>

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

namespace {
bool says(const std::string& seen, const char* words) {
    std::string lower = seen;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return lower.find(words) != std::string::npos;
}
}  // namespace

TEST_CASE("Cue depictions: a cue whose seen text names a place, wrap or sign draws it") {
    const auto cat = format::loadCatalog(ATTUNE_ROOT_DIR "/assets/catalog");
    REQUIRE(cat.ok());
    for (const auto& c : cat.value->cues) {
        const core::DepictionDef& d = c.depiction;
        INFO(c.id << ": " << c.seen);
        if (says(c.seen, "swaddle")) CHECK(d.wrap == core::Wrap::Swaddle);
        if (says(c.seen, "sleep bag")) CHECK(d.wrap == core::Wrap::SleepBag);
        if (says(c.seen, "car seat")) CHECK(d.place == core::Place::CarSeat);
        if (says(c.seen, "sofa")) CHECK(d.place == core::Place::Sofa);
        if (says(c.seen, "face down") || says(c.seen, "on the tummy")) CHECK(d.lying == core::Lying::Front);
        if (says(c.seen, "vomit")) CHECK(d.has(core::Mark::Vomit));
        if (says(c.seen, "rash")) CHECK((d.has(core::Mark::Rash) || d.has(core::Mark::HeatRash)));
        if (says(c.seen, "blotchy") || says(c.seen, "mottled")) CHECK(d.has(core::Mark::Mottled));
        if (says(c.seen, "lips look blue")) CHECK(d.has(core::Mark::BlueLips));
        if (says(c.seen, "lips look dry") || says(c.seen, "lips and tongue look dry")) CHECK(d.has(core::Mark::DryLips));
        if (says(c.seen, "grunts with each breath") || says(c.seen, "works hard to breathe"))
            CHECK(d.has(core::Mark::ChestIndrawing));
        if (says(c.seen, "thermometer")) CHECK(d.has(core::Mark::Thermometer));
        if (says(c.seen, "nappy is soaked") || says(c.seen, "nappy feels heavy")) CHECK(d.context == core::Context::WetNappy);
        if (says(c.seen, "nappy is dirty")) CHECK(d.context == core::Context::SoiledNappy);
        const bool atFeed = says(c.seen, "during the feed") || says(c.seen, "middle of a feed") ||
                            says(c.seen, "the breast or teat") || says(c.seen, "at the breast");
        if (atFeed) CHECK((d.place == core::Place::Breast || d.place == core::Place::Bottle));
        if (says(c.seen, "turns away") && (says(c.seen, "feed") || says(c.seen, "bottle")))
            CHECK(d.posture == core::Posture::TurnAway);
    }
}
