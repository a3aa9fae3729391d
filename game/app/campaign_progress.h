// Which levels a profile may play, and recording a finished level: the campaign's rules as
// plain functions over format::Profile.
#pragma once

#include <string>
#include <vector>

#include "format/campaign_file.h"
#include "format/save_def.h"

namespace app {

/// True if the level at `position` in campaign `order` is open: the first level and every level in
/// `openFromStart` always are, then each level opens once the one before it has been played to the
/// end (or it was unlocked).
bool isUnlocked(const format::Profile& profile, const std::vector<std::string>& order, int position,
                const std::vector<std::string>& openFromStart = {});
/// The first level of every chapter: open from the start, so the most important topics (crying
/// that goes on, safe sleep) are never an hour of play away.
std::vector<std::string> chapterFirsts(const format::CampaignDef& campaign);
/// The id of the level whose finishing opens the one at `position` ("" for the first).
std::string unlockedBy(const std::vector<std::string>& order, int position);
/// The profile's best result on a level, or nullptr if never finished.
const format::LevelProgress* progressFor(const format::Profile& profile, const std::string& levelId);
/// Records a finished level: keeps the best score and stars, counts the play and unlocks the
/// next level in order. Returns true if this was a new best.
bool recordResult(format::Profile& profile, const std::vector<std::string>& order,
                  const std::string& levelId, float score, int stars);
/// Total stars earned.
/// Keeps the player's answer to reflection question `question` (0-based) of a level, trimmed to
/// format::kMaxReflectionBytes.
void saveReflection(format::Profile& profile, const std::string& levelId, int question, std::string text);
/// The saved answers for a level (empty if none).
std::vector<std::string> reflectionsFor(const format::Profile& profile, const std::string& levelId);
int totalStars(const format::Profile& profile);

}  // namespace app
