// Each response shows its action: the response id being done picks the place (feed -> breast or
// bottle, burp -> shoulder, change_nappy -> mat, hold/rock/walk -> arms, put_down_back -> on the back
// in a bare cot) and what the caregiver's hands do; otherwise the cue's own place is drawn.
#include "render/baby_scene.h"

#include <string_view>

namespace render {

using core::Place;

namespace {
struct ActionStage {
    std::string_view id;
    Place place;  ///< Place::Cot here means "keep the cue's place"
    Act act;
};

// Place::Cot keeps the cue's place (the response happens where the baby is).
constexpr ActionStage kActions[] = {
    {"hold", Place::Arms, Act::None},          {"rock", Place::Arms, Act::Rock},
    {"walk_carry", Place::Arms, Act::Walk},    {"welcome_back", Place::Arms, Act::Delight},
    {"support_head", Place::Arms, Act::SupportHead}, {"burp", Place::Shoulder, Act::None},
    {"change_nappy", Place::Mat, Act::NappyOpen}, {"remove_layer", Place::Cot, Act::LayerOff},
    {"add_layer", Place::Cot, Act::LayerOn},   {"skin_to_skin", Place::Arms, Act::SkinToSkin},
    {"put_down_back", Place::Cot, Act::LowerToCot}, {"shush", Place::Cot, Act::Shush},
    {"sing", Place::Cot, Act::Sing},           {"talk", Place::Cot, Act::Talk},
    {"play", Place::Cot, Act::Play},           {"offer_toy", Place::Cot, Act::OfferToy},
    {"delight", Place::Cot, Act::Delight},     {"help_a_little", Place::Cot, Act::HelpToy},
    {"pause", Place::Cot, Act::Pause},         {"watch_wait", Place::Cot, Act::Watch},
    {"check", Place::Cot, Act::Check},         {"seek_help", Place::Cot, Act::Phone},
    {"step_away", Place::Cot, Act::StepAway},  {"contain", Place::Cot, Act::Contain},
    {"offer_suck", Place::Cot, Act::Dummy},    {"swaddle", Place::Cot, Act::None},
    {"sleep_bag", Place::Cot, Act::None},       {"call_emergency", Place::Cot, Act::Phone},
    {"call_someone", Place::Cot, Act::CallFriend},   {"take_temperature", Place::Cot, Act::None},
};

bool turnsFromFeed(const core::DepictionDef& d) {
    return d.posture == core::Posture::TurnAway || d.posture == core::Posture::PushAway || d.posture == core::Posture::Arching;
}

void feed(core::DepictionDef& d) {
    d.place = d.place == Place::Breast ? Place::Breast : Place::Bottle;
    if (turnsFromFeed(d)) return;
    d.posture = core::Posture::Neutral;  // at the breast or teat, not searching any more
    if (d.mouth != core::Mouth::Cry) d.mouth = core::Mouth::Sucking;
    if (d.hands == core::Hands::ToMouth || d.hands == core::Hands::RubEyes) d.hands = core::Hands::Relaxed;
}

/// The response's changes to where the baby is and how it lies.
void applyAction(std::string_view id, core::DepictionDef& d, Act& act) {
    if (id == "feed") return feed(d);
    for (const ActionStage& a : kActions) {
        if (a.id != id) continue;
        act = a.act;
        if (a.place != Place::Cot) d.place = a.place;
        break;
    }
    if (id == "take_temperature") d.add(core::Mark::Thermometer);
    if (id == "swaddle") d.wrap = core::Wrap::Swaddle;
    if (id == "sleep_bag") d.wrap = core::Wrap::SleepBag;
    if (id == "put_down_back" || id == "swaddle" || id == "sleep_bag") {
        d.place = Place::Cot;  // flat and bare, on the back
        d.lying = core::Lying::Back;
        if (d.posture == core::Posture::Prone) d.posture = core::Posture::Neutral;
        if (d.context == core::Context::SoftBedding || d.context == core::Context::CarSeat) d.context = core::Context::None;
        if (d.wrap == core::Wrap::Blanket) d.wrap = core::Wrap::None;
    }
    // On the mat the legs are bare and the nappy shows (wet unless the cue's is dirty).
    if (id == "change_nappy" && d.context != core::Context::SoiledNappy) d.context = core::Context::WetNappy;
}
}  // namespace

bool liesDown(Place p) { return p == Place::Cot || p == Place::Mat || p == Place::Sofa || p == Place::AdultBed; }

bool inArms(Place p) { return p == Place::Arms || p == Place::Breast || p == Place::Bottle || p == Place::Shoulder; }

Staged stage(const BabyLook& look) {
    Staged s;
    s.look = look;
    core::DepictionDef& d = s.look.depiction;
    // Older babies crawling or standing are on the floor; a car-seat cue is in its seat.
    if (d.posture == core::Posture::CrawlAway || d.posture == core::Posture::Standing) d.place = Place::Floor;
    if (d.context == core::Context::CarSeat) d.place = Place::CarSeat;
    if (d.place == Place::CarSeat) d.context = core::Context::CarSeat;
    if (d.posture == core::Posture::Prone) d.lying = core::Lying::Front;
    if (look.held && !inArms(d.place)) d.place = Place::Arms;  // the handling body is in arms
    applyAction(look.action, d, s.act);
    if (d.lying == core::Lying::Front && liesDown(d.place)) d.posture = core::Posture::Prone;
    s.look.held = inArms(d.place) && s.act != Act::SkinToSkin;
    // The Box2D body is drawn only while the handling really holds the baby (rocking, walking).
    s.look.hasPose = look.hasPose && look.held && d.place == Place::Arms;
    return s;
}

bool showsCot(const BabyLook& look) { return stage(look).look.depiction.place == Place::Cot; }

}  // namespace render
