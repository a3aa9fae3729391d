// A level as plain data: the baby, the setting and a timeline of episodes and environment events.
#pragma once

#include <string>
#include <vector>

#include "core/enums.h"

namespace core {

/// The newest level format this build understands.
inline constexpr int kLevelFormatVersion = 1;

/// Who the baby is.
struct BabyDef {
    std::string name = "Baby";
    int ageWeeks = 6;                         ///< 0..104
    Temperament temperament = Temperament::Easy;
    bool rolls = false;                       ///< has started to roll: swaddling is unsafe
    BabyState initialState = BabyState::QuietAlert;
};

/// Where and when the level happens.
struct SettingDef {
    std::string room = "nursery";   ///< nursery | living_room | bedroom | kitchen | clinic | park
    std::string timeOfDay = "morning";  ///< morning | afternoon | evening | night
    float light = 0.7f;             ///< 0 dark .. 1 bright
    float noise = 0.2f;             ///< 0 silent .. 1 very loud
    float roomTempC = 19.0f;        ///< 10..35
};

/// How fast an episode escalates. A preset scales the need's default stage lengths; any stage
/// length above zero overrides it.
struct EscalationDef {
    std::string preset = "normal";  ///< slow | normal | fast
    float earlyS = 0.0f;            ///< 0 = from the need and preset
    float activeS = 0.0f;
    float lateS = 0.0f;
};

/// One need arising at a point in the level.
struct EpisodeDef {
    std::string id;                   ///< unique in the level, e.g. "first-feed"
    std::string need;                 ///< need id from the catalog
    float startS = 0.0f;              ///< game seconds from the level start
    EscalationDef escalation;
    float clarity = 1.0f;             ///< 0..1: 0 shows the subtlest cues, 1 the clearest
    Stage startStage = Stage::Early;  ///< the stage it is at when it appears (the baby already crying)
    float resistsS = 0.0f;            ///< seconds from its start in which soothing only eases it:
                                      ///< it cannot drop below the stage it has reached (0 = never)
    std::vector<std::string> cues;    ///< optional cue ids that replace the catalog's choice
    std::string feedback;             ///< shown when the episode is scored (the fallback)
    std::string feedbackEarly;        ///< optional: instead, when answered at once or settled alone
    std::string feedbackLate;         ///< optional: instead, when answered after it built up
    std::string feedbackMissed;       ///< optional: instead, when never answered
    std::string hint;                 ///< optional hint shown while it runs
    std::string discussion;           ///< facilitator's discussion prompt for this cue
};

/// A competing demand or change in the room.
struct EnvEventDef {
    std::string id;
    std::string kind = "phone";       ///< doorbell | phone | sibling | visitor | dog | noise | lights
    float startS = 0.0f;
    float durationS = 10.0f;
    float noise = 0.3f;               ///< 0..1 added to the room's noise while it lasts
    std::string text;                 ///< caption, e.g. "The phone rings."
};

/// A whole level. JSON: levels/NAME.json, "format_version" first.
struct LevelDef {
    int formatVersion = kLevelFormatVersion;
    std::string id;
    std::string title;
    std::string summary;
    std::string intro;                          ///< level intro card text
    std::vector<std::string> learningGoals;
    BabyDef baby;
    SettingDef setting;
    float durationS = 300.0f;                   ///< game seconds; episodes must start before it
    float timeScale = 1.0f;                     ///< story minutes per game minute, for the clock
    std::vector<EpisodeDef> episodes;
    std::vector<EnvEventDef> events;
    std::vector<std::string> hints;             ///< general hints for the level
    std::vector<std::string> reflection;        ///< reflection questions after the level
    std::string facilitatorNotes;
    std::vector<std::string> discussionPrompts;
};

}  // namespace core
