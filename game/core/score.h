// The score of a level and of each episode in it: the numbers and the sentences players see.
#pragma once

#include <string>
#include <vector>

#include "core/enums.h"

namespace core {

/// Ainsworth's four components of sensitivity, each 0..1.
struct Components {
    float awareness = 0.0f;        ///< cues noticed early
    float interpretation = 0.0f;   ///< the need read correctly
    float promptness = 0.0f;       ///< answered quickly (stage first, then seconds)
    float appropriateness = 0.0f;  ///< the care fitted the need and the baby's state
};

/// How one episode went.
struct EpisodeScore {
    int episode = -1;               ///< index into LevelDef::episodes
    std::string episodeId;
    std::string need;               ///< need id
    bool answered = false;          ///< some fitting response was given
    bool resolved = false;          ///< the need was met or settled
    bool missed = false;            ///< missed care: no fitting response before the late stage ran out
    bool unfinished = false;        ///< the run was ended while this need was still in progress
    float latencyS = -1.0f;         ///< seconds from the first cue to the first fitting response; -1 none
    Stage stageAnswered = Stage::Late;  ///< stage when the first fitting response began
    Stage startStage = Stage::Early;    ///< stage the episode appeared at (answered at once if equal)
    Fit firstFit = Fit::Mismatch;   ///< fit of the first response given in the episode
    int responses = 0;              ///< responses given during the episode
    int mismatches = 0;
    int intrusions = 0;
    bool repaired = false;          ///< a mismatch followed quickly by a fitting response
    bool frantic = false;           ///< rapid switching between responses
    Components components;
    float score = 0.0f;             ///< 0..1
    std::string sentence;           ///< the coach's sentence for the player
};

/// A safety event as recorded in the score.
struct SafetyRecord {
    SafetyKind kind = SafetyKind::RoughHandling;
    double timeS = 0.0;
    std::string text;
};

/// How a whole level went.
struct LevelScore {
    float score = 0.0f;             ///< 0..100
    int stars = 0;                  ///< 0..3
    int rating = 1;                 ///< 1..9 on Ainsworth's sensitivity scale
    std::string ratingWords;        ///< plain-language wording of the rating
    Components components;
    std::vector<EpisodeScore> episodes;
    std::vector<SafetyRecord> safetyEvents;
    float earlyCatchRate = 0.0f;    ///< share of episodes answered at the early stage
    float repairRate = 0.0f;        ///< share of mismatches that were repaired
    bool relaxed = false;           ///< scored in relaxed mode
};

}  // namespace core
