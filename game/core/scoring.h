// The scoring model: per-episode components along Ainsworth's four, and the level's score, stars
// and 1–9 rating. Explained for people in docs/SCORING.md.
#pragma once

#include <string>
#include <vector>

#include "core/catalog_index.h"
#include "core/episode_run.h"
#include "core/level_def.h"
#include "core/score.h"

namespace core {

/// Credit 0..1 for a fitting response given at a stage, `sinceS` seconds into it, when the stage
/// lasts `stageS`. Never rises with sinceS or with a later stage. Relaxed mode counts stages only.
float promptnessCredit(Stage stage, double sinceS, double stageS, bool relaxed);
/// The same for an episode that appeared at `startStage`: the stages it began at or passed
/// unseen do not count against the player; a crying stage still uses the crying curve.
float promptnessCredit(Stage stage, Stage startStage, double sinceS, double stageS, bool relaxed);
/// How many stages past the one it appeared at an episode had gone (Early = answered at once).
Stage stageAfterStart(Stage stage, Stage startStage);
/// Scores one finished episode from its response record.
EpisodeScore scoreEpisode(const EpisodeRun& run, const EpisodeDef& def, const CatalogIndex& index,
                          bool relaxed);
/// Combines episode scores and safety events into the level score.
LevelScore scoreLevel(const std::vector<EpisodeScore>& episodes,
                      const std::vector<SafetyRecord>& safety, bool relaxed);
/// Ainsworth-style 1..9 rating for a 0..1 composite.
int ratingFor(float composite);
/// Plain-language wording of a 1..9 rating (the game's words, not the scale's text).
std::string ratingWords(int rating);
/// Stars 0..3 for a 0..100 score.
int starsFor(float score);
/// The coach's sentence for an episode, written from its outcome.
std::string episodeSentence(const EpisodeScore& score, const EpisodeRun& run,
                            const CatalogIndex& index);

}  // namespace core
