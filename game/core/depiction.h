// How a cue looks and sounds: the parameters the renderer, the body motors and the synthesiser read.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace core {

/// Eyes. Data names in kEyesNames.
enum class Eyes : std::uint8_t { Open, Wide, Half, Closed, Rem, Glazed, Squeezed };
/// Where the gaze goes.
enum class Gaze : std::uint8_t { Toward, Away, Fixed, Searching, None };
/// Brow shape.
enum class Brows : std::uint8_t { Neutral, Raised, Furrowed, Worried };
/// Mouth action.
enum class Mouth : std::uint8_t {
    Neutral, Open, Rooting, Sucking, LipSmack, Yawn, Grimace, Fuss, Cry, Smile, Coo, TongueOut
};
/// Hands.
enum class Hands : std::uint8_t {
    Relaxed, Open, Fists, Splayed, ToMouth, ToEar, RubEyes, Reach, HoldToy
};
/// Limb movement quality.
enum class Limbs : std::uint8_t {
    Still, Smooth, Wriggle, Kicking, Jerky, Stiff, DrawnUp, Floppy, Shiver, Startle
};
/// Whole-body posture. Prone: lying on the tummy, face turned to one side. Standing: an older baby
/// on its feet.
enum class Posture : std::uint8_t {
    Neutral, HeadTurn, TurnAway, Arching, Curled, Stretch, CrawlAway, ShowToy, PushAway, Prone, Standing
};
/// Voice the synthesiser produces.
enum class Voice : std::uint8_t {
    None, Coo, Babble, Squeak, Whimper, Fuss, Grizzle, Cry, CryIntense, WeakHighCry, Hiccup,
    Grunt, SuckSounds, Yawn, Laugh
};
/// What the picture shows around the baby when a cue lies in the situation rather than the face:
/// a car seat, soft bedding, the nappy's state, or the caregiver's legs, fists or touching hand.
enum class Context : std::uint8_t {
    None, CarSeat, SoftBedding, WetNappy, SoiledNappy, CaregiverKnees, CaregiverLeaving,
    CaregiverAngry, CaregiverTense, FeelHands, FeelChest
};
/// Where the baby is: the scene drawn around it. Cot: lying in a cot seen from above. Arms:
/// cradled. Breast / Bottle: cradled at a feed. Shoulder: held upright against the shoulder (winding).
/// Mat: on a changing mat. Floor: sitting, crawling or standing on the floor.
enum class Place : std::uint8_t { Cot, Arms, Breast, Bottle, Shoulder, Mat, CarSeat, Sofa, AdultBed, Floor };
/// How a baby lying down (cot, mat, sofa, bed) lies.
enum class Lying : std::uint8_t { Back, Front, Side };
/// What wraps the body.
enum class Wrap : std::uint8_t { None, Swaddle, SleepBag, Blanket };
/// Signs a caption names that the face and body alone do not show; a cue may carry several (bit n
/// of DepictionDef::marks is Mark n).
enum class Mark : std::uint8_t {
    Vomit, Rash, HeatRash, Mottled, BlueLips, ChestIndrawing, Milk, DryLips, Thermometer, NappyTally
};

inline constexpr std::array<std::string_view, 7> kEyesNames{"open", "wide", "half", "closed",
                                                            "rem", "glazed", "squeezed"};
inline constexpr std::array<std::string_view, 5> kGazeNames{"toward", "away", "fixed",
                                                            "searching", "none"};
inline constexpr std::array<std::string_view, 4> kBrowsNames{"neutral", "raised", "furrowed",
                                                             "worried"};
inline constexpr std::array<std::string_view, 12> kMouthNames{
    "neutral", "open", "rooting", "sucking", "lip_smack", "yawn",
    "grimace", "fuss", "cry",     "smile",   "coo",       "tongue_out"};
inline constexpr std::array<std::string_view, 9> kHandsNames{
    "relaxed", "open", "fists", "splayed", "to_mouth", "to_ear", "rub_eyes", "reach", "hold_toy"};
inline constexpr std::array<std::string_view, 10> kLimbsNames{
    "still", "smooth", "wriggle", "kicking", "jerky", "stiff", "drawn_up", "floppy", "shiver",
    "startle"};
inline constexpr std::array<std::string_view, 11> kPostureNames{
    "neutral", "head_turn", "turn_away", "arching", "curled", "stretch", "crawl_away", "show_toy",
    "push_away", "prone", "standing"};
inline constexpr std::array<std::string_view, 15> kVoiceNames{
    "none",    "coo",   "babble",      "squeak",      "whimper", "fuss",        "grizzle", "cry",
    "cry_intense", "weak_high_cry", "hiccup", "grunt", "suck_sounds", "yawn", "laugh"};
inline constexpr std::array<std::string_view, 11> kContextNames{
    "none",           "car_seat",          "soft_bedding",    "wet_nappy",       "soiled_nappy",
    "caregiver_knees", "caregiver_leaving", "caregiver_angry", "caregiver_tense", "feel_hands",
    "feel_chest"};
inline constexpr std::array<std::string_view, 10> kPlaceNames{
    "cot", "arms", "breast", "bottle", "shoulder", "mat", "car_seat", "sofa", "adult_bed", "floor"};
inline constexpr std::array<std::string_view, 3> kLyingNames{"back", "front", "side"};
inline constexpr std::array<std::string_view, 4> kWrapNames{"none", "swaddle", "sleep_bag", "blanket"};
inline constexpr std::array<std::string_view, 10> kMarkNames{
    "vomit", "rash", "heat_rash", "mottled", "blue_lips", "chest_indrawing", "milk", "dry_lips",
    "thermometer", "nappy_tally"};

/// Everything needed to draw and voice one cue. Scalars are 0..1 unless stated.
struct DepictionDef {
    Eyes eyes = Eyes::Open;
    Gaze gaze = Gaze::Toward;
    Brows brows = Brows::Neutral;
    Mouth mouth = Mouth::Neutral;
    Hands hands = Hands::Relaxed;
    Limbs limbs = Limbs::Still;
    Posture posture = Posture::Neutral;
    Voice voice = Voice::None;
    float voiceIntensity = 0.0f;  ///< 0 silent .. 1 loudest
    float flush = 0.0f;           ///< red tint over the face
    float pallor = 0.0f;          ///< pale or mottled tint
    float tears = 0.0f;
    float sweat = 0.0f;
    float breathingRate = 1.0f;   ///< multiple of the calm breathing rate, 0.5..3
    float motion = 0.3f;          ///< how much the body moves, 0 still .. 1 flailing
    Context context = Context::None;  ///< the situation drawn around the baby (prop, nappy, caregiver)
    Place place = Place::Cot;         ///< the scene: cot, arms, a feed, the shoulder, mat, car seat …
    Lying lying = Lying::Back;        ///< how the baby lies when lying down
    Wrap wrap = Wrap::None;           ///< swaddle, sleep bag or loose blanket over the body
    std::uint16_t marks = 0;          ///< bit per Mark: vomit, rash, blue lips …

    /// Whether the cue carries this mark.
    bool has(Mark m) const { return (marks >> static_cast<unsigned>(m)) & 1u; }
    /// Adds a mark.
    void add(Mark m) { marks = static_cast<std::uint16_t>(marks | (1u << static_cast<unsigned>(m))); }

    bool operator==(const DepictionDef& o) const;
    bool operator!=(const DepictionDef& o) const { return !(*this == o); }
};

inline bool DepictionDef::operator==(const DepictionDef& o) const {
    return eyes == o.eyes && gaze == o.gaze && brows == o.brows && mouth == o.mouth &&
           hands == o.hands && limbs == o.limbs && posture == o.posture && voice == o.voice &&
           voiceIntensity == o.voiceIntensity && flush == o.flush && pallor == o.pallor &&
           tears == o.tears && sweat == o.sweat && breathingRate == o.breathingRate &&
           motion == o.motion && context == o.context && place == o.place && lying == o.lying &&
           wrap == o.wrap && marks == o.marks;
}

}  // namespace core
