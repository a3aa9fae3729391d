// Small enumerations shared by the whole simulation, with their stable data names.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace core {

/// How far a need has escalated. Data names: "early", "active", "late".
enum class Stage : std::uint8_t { Early, Active, Late };

/// How well a response fits a need at a stage. Data names: "best", "acceptable", "mismatch",
/// "intrusive", "harmful".
enum class Fit : std::uint8_t { Best, Acceptable, Mismatch, Intrusive, Harmful };

/// Brazelton's six behavioural states. Data names: "deep_sleep", "light_sleep", "drowsy",
/// "quiet_alert", "active_alert", "crying".
enum class BabyState : std::uint8_t { DeepSleep, LightSleep, Drowsy, QuietAlert, ActiveAlert, Crying };

/// How a baby's needs escalate and settle. Data names: "easy", "slow_to_warm", "intense".
enum class Temperament : std::uint8_t { Easy, SlowToWarm, Intense };

/// How easy a cue is to see (NCAST). Data names: "potent", "subtle".
enum class Potency : std::uint8_t { Potent, Subtle };

/// Engagement or disengagement, where that applies. Data names: "none", "engagement",
/// "disengagement".
enum class Orientation : std::uint8_t { None, Engagement, Disengagement };

/// What kind of need this is, which decides how it ends. Data names: "ordinary" (met by the right
/// care), "self_settling" (best left to settle: watch and wait), "unexplained" (PURPLE: care eases,
/// may not stop), "red_flag" (the right response is to seek medical help).
enum class NeedKind : std::uint8_t { Ordinary, SelfSettling, Unexplained, RedFlag };

/// How soon a red flag needs help (REFERENCE §6). Data names: "none", "same_day" (GP, health
/// visitor or NHS 111 today), "emergency" (999 or A&E now).
enum class Urgency : std::uint8_t { None, SameDay, Emergency };

/// A handling gesture a response asks the caregiver to perform. Data names: "none", "hold",
/// "rock", "walk".
enum class Gesture : std::uint8_t { None, Hold, Rock, Walk };

/// Kinds of safety event. Data names: "rough_handling", "head_unsupported", "unsafe_swaddle",
/// "unsafe_sleep", "missed_red_flag", "harmful_care".
enum class SafetyKind : std::uint8_t {
    RoughHandling,
    HeadUnsupported,
    UnsafeSwaddle,
    UnsafeSleep,
    MissedRedFlag,
    HarmfulCare
};

inline constexpr std::array<std::string_view, 3> kStageNames{"early", "active", "late"};
inline constexpr std::array<std::string_view, 5> kFitNames{"best", "acceptable", "mismatch",
                                                           "intrusive", "harmful"};
inline constexpr std::array<std::string_view, 6> kBabyStateNames{
    "deep_sleep", "light_sleep", "drowsy", "quiet_alert", "active_alert", "crying"};
inline constexpr std::array<std::string_view, 3> kTemperamentNames{"easy", "slow_to_warm",
                                                                   "intense"};
inline constexpr std::array<std::string_view, 2> kPotencyNames{"potent", "subtle"};
inline constexpr std::array<std::string_view, 3> kOrientationNames{"none", "engagement",
                                                                   "disengagement"};
inline constexpr std::array<std::string_view, 4> kNeedKindNames{"ordinary", "self_settling",
                                                                "unexplained", "red_flag"};
inline constexpr std::array<std::string_view, 3> kUrgencyNames{"none", "same_day", "emergency"};
inline constexpr std::array<std::string_view, 4> kGestureNames{"none", "hold", "rock", "walk"};
inline constexpr std::array<std::string_view, 6> kSafetyKindNames{
    "rough_handling", "head_unsupported", "unsafe_swaddle", "unsafe_sleep", "missed_red_flag",
    "harmful_care"};

/// The data name of an enum value, e.g. nameOf(Stage::Early) == "early".
template <typename E, std::size_t N>
std::string_view nameOf(E value, const std::array<std::string_view, N>& names) {
    return names[static_cast<std::size_t>(value)];
}

/// The enum value with this data name, or nullopt.
template <typename E, std::size_t N>
std::optional<E> enumFromName(std::string_view name, const std::array<std::string_view, N>& names) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name) return static_cast<E>(i);
    return std::nullopt;
}

inline std::string_view stageName(Stage s) { return nameOf(s, kStageNames); }
inline std::string_view fitName(Fit f) { return nameOf(f, kFitNames); }
inline std::string_view babyStateName(BabyState s) { return nameOf(s, kBabyStateNames); }
inline std::string_view temperamentName(Temperament t) { return nameOf(t, kTemperamentNames); }
inline std::string_view safetyKindName(SafetyKind k) { return nameOf(k, kSafetyKindNames); }

}  // namespace core
