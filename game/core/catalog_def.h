// The catalog: needs, cues, responses and the fit matrix, as plain data loaded from assets/catalog.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/depiction.h"
#include "core/enums.h"

namespace core {

/// A published source behind catalog content. JSON: assets/catalog/sources.json. Every catalog
/// entry's `source` names one of these ids; the facts come from shared/domain/REFERENCE.md.
struct SourceDef {
    std::string id;       ///< stable id, e.g. "qld-feeding-cues"
    std::string title;    ///< who published it and what it is
    std::string url;      ///< the address given in REFERENCE.md
    std::string section;  ///< REFERENCE.md section, e.g. "1. Feeding cues"
};

/// A need the baby can have (hunger, tiredness, a break ...). JSON: assets/catalog/needs.json.
struct NeedDef {
    std::string id;           ///< stable id, e.g. "hunger"
    std::string name;         ///< shown to players, e.g. "Hunger"
    std::string description;  ///< one plain sentence
    std::string phrase;       ///< coach's noun phrase: "You spotted <phrase> early", e.g. "the baby's hunger"
    std::string found;        ///< what a check finds, one plain sentence, e.g. "The nappy is wet."
    bool caregiver = false;   ///< the caregiver's own need (stress), coached in the caregiver's voice
    NeedKind kind = NeedKind::Ordinary;
    float earlyS = 40.0f;     ///< default game seconds spent at the early stage
    float activeS = 30.0f;    ///< default game seconds at the active stage
    float lateS = 90.0f;      ///< game seconds at the late stage before care counts as missed
    int minAgeWeeks = 0;      ///< youngest age this need applies to
    int maxAgeWeeks = 104;    ///< oldest age this need applies to
    Urgency urgency = Urgency::None;  ///< red flags: same-day advice or emergency care
    std::optional<SafetyKind> missedSafety;  ///< logged if the episode runs out unanswered (unsafe sleep)
    std::string touchText;    ///< what a check by touch shows; when set, the check does not name the need
    std::string readingText;  ///< what the thermometer shows; when set, taking the temperature names the need
    std::string source;       ///< source id (sources.json)
};

/// Something the caregiver sees or hears. JSON: assets/catalog/cues.json.
struct CueDef {
    std::string id;                  ///< stable id, e.g. "rooting"
    std::string name;                ///< short name, e.g. "Rooting"
    std::string seen;                ///< what the caregiver sees, plain words
    std::string heard;               ///< caption for the sound, e.g. "[fussing]", or empty
    std::vector<std::string> needs;  ///< need ids this cue can signal (more than one = ambiguous)
    Stage stage = Stage::Early;
    Potency potency = Potency::Potent;
    Orientation orientation = Orientation::None;
    std::string meaning;             ///< Cue Library: what it usually means
    std::string helps;               ///< Cue Library: what helps
    std::string avoid;               ///< Cue Library: what to avoid
    std::string source;              ///< source id (sources.json)
    bool watchFirst = false;         ///< watching a few seconds is best while it shows; acting at once is acceptable at most
    std::vector<int> checklist;      ///< REFERENCE.md checklist items (1..52) this cue covers
    DepictionDef depiction;
};

/// Something the caregiver can do. JSON: assets/catalog/responses.json.
struct ResponseDef {
    std::string id;           ///< stable id, e.g. "feed"
    std::string name;         ///< button label, e.g. "Feed"
    std::string group;        ///< button group: body_care | comfort | connect | calm_room | wait | safety
    std::string description;  ///< one plain sentence
    std::string verb;         ///< coach's verb phrase, lower case: "Next time, <verb>.", e.g. "offer a feed"
    std::string key;          ///< default keyboard shortcut, one character, e.g. "F"
    float durationS = 5.0f;   ///< game seconds the caregiver is busy with it
    float soothe = 0.0f;      ///< 0..1, how much it lowers the baby's arousal
    float stimulation = 0.0f; ///< 0..1, how much it stimulates (play, talk, toys)
    Gesture gesture = Gesture::None;     ///< handling the response asks for
    std::vector<BabyState> unavailableIn;  ///< states where the button is disabled
    bool unsafeOnceRolling = false;  ///< e.g. swaddling: a safety event once the baby rolls
    bool reveals = false;            ///< a check: costs time, reveals which need is behind a cue
    bool stepAway = false;           ///< the safe walk-away plan
    bool seeksHelp = false;          ///< seek medical help (same-day advice unless callsEmergency)
    bool callsEmergency = false;     ///< with seeksHelp: call 999 or go to A&E now
    bool thermometer = false;        ///< with reveals: takes the temperature (reveals a need's readingText)
    std::string source;       ///< source id (sources.json)
};

/// How well one response fits one need at each stage. Pairs not listed are mismatches.
/// JSON: assets/catalog/fits.json.
struct FitDef {
    std::string need;
    std::string response;
    Fit early = Fit::Mismatch;
    Fit active = Fit::Mismatch;
    Fit late = Fit::Mismatch;
    float relief = 1.0f;      ///< 0..1, share of the need a best response meets (acceptable: half)
    std::string why;          ///< the coach's explanation shown after the response
    std::string whyEarly;     ///< optional: replaces `why` at the early stage (its verdict differs)
    std::string whyActive;    ///< optional: replaces `why` at the active stage
    std::string whyLate;      ///< optional: replaces `why` at the late stage
    std::string source;       ///< source id (sources.json)
};

/// The whole catalog, in file order. Indices into these vectors are the in-memory handles.
struct Catalog {
    std::vector<SourceDef> sources;
    std::vector<NeedDef> needs;
    std::vector<CueDef> cues;
    std::vector<ResponseDef> responses;
    std::vector<FitDef> fits;
};

}  // namespace core
