// Gentle unlocking: finishing a level (any score) opens the next, so nobody is stuck behind a grade.
#include "app/campaign_progress.h"

#include <algorithm>

namespace app {

const format::LevelProgress* progressFor(const format::Profile& profile, const std::string& levelId) {
    for (const format::LevelProgress& p : profile.progress)
        if (p.levelId == levelId) return &p;
    return nullptr;
}

bool isUnlocked(const format::Profile& profile, const std::vector<std::string>& order, int position,
                const std::vector<std::string>& openFromStart) {
    if (position < 0 || position >= static_cast<int>(order.size())) return false;
    if (position == 0) return true;
    const std::string& id = order[static_cast<std::size_t>(position)];
    if (std::find(openFromStart.begin(), openFromStart.end(), id) != openFromStart.end()) return true;
    if (std::find(profile.unlocked.begin(), profile.unlocked.end(), id) != profile.unlocked.end())
        return true;
    return progressFor(profile, order[static_cast<std::size_t>(position - 1)]) != nullptr;
}

std::vector<std::string> chapterFirsts(const format::CampaignDef& campaign) {
    std::vector<std::string> firsts;
    for (const format::ChapterDef& c : campaign.chapters)
        if (!c.levels.empty()) firsts.push_back(c.levels.front());
    return firsts;
}

std::string unlockedBy(const std::vector<std::string>& order, int position) {
    if (position <= 0 || position >= static_cast<int>(order.size())) return {};
    return order[static_cast<std::size_t>(position - 1)];
}

bool recordResult(format::Profile& profile, const std::vector<std::string>& order,
                  const std::string& levelId, float score, int stars) {
    format::LevelProgress* entry = nullptr;
    for (format::LevelProgress& p : profile.progress)
        if (p.levelId == levelId) entry = &p;
    bool best = false;
    if (!entry) {
        profile.progress.push_back({levelId, score, stars, 0, {}});
        entry = &profile.progress.back();
        best = true;
    } else if (score > entry->bestScore) {
        entry->bestScore = score;
        best = true;
    }
    entry->stars = std::max(entry->stars, stars);
    entry->plays += 1;
    const auto it = std::find(order.begin(), order.end(), levelId);
    if (it != order.end() && it + 1 != order.end() &&
        std::find(profile.unlocked.begin(), profile.unlocked.end(), *(it + 1)) == profile.unlocked.end())
        profile.unlocked.push_back(*(it + 1));
    return best;
}

void saveReflection(format::Profile& profile, const std::string& levelId, int question, std::string text) {
    if (question < 0 || question > 64) return;
    format::LevelProgress* entry = nullptr;
    for (format::LevelProgress& p : profile.progress)
        if (p.levelId == levelId) entry = &p;
    if (!entry) {
        profile.progress.push_back({levelId, 0.0f, 0, 0, {}});
        entry = &profile.progress.back();
    }
    if (text.size() > format::kMaxReflectionBytes) text.resize(format::kMaxReflectionBytes);
    if (entry->reflections.size() <= static_cast<std::size_t>(question))
        entry->reflections.resize(static_cast<std::size_t>(question) + 1);
    entry->reflections[static_cast<std::size_t>(question)] = std::move(text);
}

std::vector<std::string> reflectionsFor(const format::Profile& profile, const std::string& levelId) {
    const format::LevelProgress* p = progressFor(profile, levelId);
    return p ? p->reflections : std::vector<std::string>{};
}

int totalStars(const format::Profile& profile) {
    int n = 0;
    for (const format::LevelProgress& p : profile.progress) n += p.stars;
    return n;
}

}  // namespace app
