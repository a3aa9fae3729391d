// The scene a look resolves to: the cue's place, lying and wrap, changed by the response being done
// (feed -> at the breast or bottle, burp -> at the shoulder, nappy -> on the mat …).
#pragma once

#include <cstdint>

#include "render/baby_renderer.h"

namespace render {

/// What the caregiver is seen doing, beyond where the baby is.
enum class Act : std::uint8_t {
    None, Rock, Walk, NappyOpen, LayerOff, LayerOn, SkinToSkin, LowerToCot, Shush, Sing, Talk, Play,
    OfferToy, Delight, HelpToy, Pause, Watch, Check, Phone, CallFriend, StepAway, SupportHead, Contain, Dummy
};

/// A look ready to draw: the depiction adjusted for the response being done, `held` true in arms.
struct Staged {
    BabyLook look;
    Act act = Act::None;
};

/// Resolves where the baby is and what the caregiver does this frame.
Staged stage(const BabyLook& look);
/// Whether a baby in this place lies down (cot, mat, sofa, adult bed).
bool liesDown(core::Place place);
/// Whether this place is in the caregiver's arms (cradled, at a feed, at the shoulder).
bool inArms(core::Place place);

}  // namespace render
