// The coach's words built from catalog data: a response's line, a check's finding, need and
// response phrases. Every sentence says what happened and agrees with the score's verdict.
#pragma once

#include <string>
#include <vector>

#include "core/catalog_index.h"
#include "core/episode_run.h"
#include "core/level_def.h"
#include "core/score.h"

namespace core {

/// The in-the-moment line after a response: the fit's `why` for this stage when the catalog's
/// verdict there is `fit`, otherwise a plain line for the verdict (never praise for a misfit).
std::string coachLine(const ResponseDef& response, Fit fit, Stage stage, const FitDef* entry);
/// The fit's explanation at a stage: why_early / why_active / why_late, else `why`.
const std::string& whyAt(const FitDef& entry, Stage stage);
/// What a check found, in plain words: "You checked. <found>".
std::string revealText(const NeedDef& need);
/// The need as a noun phrase for the coach ("the baby's hunger"); falls back to the name.
std::string needPhrase(const NeedDef& need);
/// The response as a lower-case verb phrase ("offer a feed"); falls back to the name.
std::string responseVerb(const ResponseDef& response);
/// The text in lower case (ASCII letters).
std::string lowered(std::string text);
/// The text with its first letter in upper case.
std::string capitalised(std::string text);
/// True if any cue shown in the episode was heard as crying (always, for crying with no clear cause).
bool babyCried(const EpisodeRun& run, const Catalog& catalog);
/// The catalog stage of the first cue the episode showed (Early if none).
Stage firstSeenStage(const EpisodeRun& run, const Catalog& catalog);
/// True if the first fitting response came at the stage of the first cue the player saw.
bool answeredAtOnce(const EpisodeScore& score, const EpisodeRun& run, const Catalog& catalog);
/// The author's feedback for this outcome: feedback_missed (never answered), feedback_early
/// (answered at once, or settled alone), feedback_late (answered after it built up), else `feedback`.
const std::string& authorFeedback(const EpisodeDef& def, const EpisodeScore& score,
                                  const EpisodeRun& run, const Catalog& catalog);
/// The whole sentence a player reads for an episode: the coach's sentence, then the author's.
std::string episodeFeedback(const EpisodeScore& score, const EpisodeRun& run, const EpisodeDef& def,
                            const CatalogIndex& index);

}  // namespace core
