// The campaign as a whole: levels/index.json lists every shipped level once, in chapters; every
// level carries its teaching text; and difficulty rises along the campaign — the slow bot (which
// answers only once crying has gone on) scores lower, chapter by chapter.
#include <catch2/catch.hpp>

#include <algorithm>
#include <dirent.h>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "content/content_support.h"
#include "core/runner.h"
#include "format/catalog_file.h"
#include "format/level_file.h"

namespace {

struct Campaign {
    core::Catalog catalog;
    std::vector<content_test::Chapter> chapters;
    std::map<std::string, core::LevelDef> levels;  ///< by id (= file name without .json)
};

const Campaign& campaign() {
    static const Campaign c = [] {
        Campaign out;
        const auto cat = format::loadCatalog(ATTUNE_ROOT_DIR "/assets/catalog");
        REQUIRE(cat.ok());
        out.catalog = *cat.value;
        out.chapters = content_test::readCampaign(ATTUNE_ROOT_DIR "/levels/index.json");
        for (const auto& ch : out.chapters)
            for (const std::string& id : ch.levels) {
                const auto level = format::loadLevel(ATTUNE_ROOT_DIR "/levels/" + id + ".json", out.catalog);
                for (const auto& d : level.diagnostics) UNSCOPED_INFO(format::formatDiagnostic(d));
                INFO("level " << id);
                REQUIRE(level.ok());
                out.levels[id] = *level.value;
            }
        return out;
    }();
    return c;
}

std::vector<std::string> levelFiles() {
    std::vector<std::string> names;
    if (DIR* dir = opendir(ATTUNE_ROOT_DIR "/levels")) {
        while (dirent* e = readdir(dir)) {
            const std::string n = e->d_name;
            if (n.size() > 5 && n.substr(n.size() - 5) == ".json" && n != "index.json")
                names.push_back(n.substr(0, n.size() - 5));
        }
        closedir(dir);
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("Campaign: index.json lists every shipped level exactly once, in chapters") {
    const Campaign& c = campaign();
    REQUIRE(c.chapters.size() >= 5);
    std::set<std::string> listed;
    std::size_t count = 0;
    for (const auto& ch : c.chapters) {
        INFO("chapter " << ch.id);
        CHECK_FALSE(ch.id.empty());
        CHECK_FALSE(ch.title.empty());
        CHECK(ch.levels.size() >= 1);
        for (const std::string& id : ch.levels) {
            INFO("level " << id);
            CHECK(listed.insert(id).second);  // not listed twice
            CHECK(c.levels.at(id).id == id);  // the file's id matches its name
            ++count;
        }
    }
    CHECK(count >= 15);
    for (const std::string& file : levelFiles()) {
        INFO("levels/" << file << ".json is not in index.json");
        CHECK(listed.count(file) == 1);
    }
}

TEST_CASE("Campaign: every level has goals, an intro, episode feedback, reflection and facilitator notes") {
    for (const auto& [id, level] : campaign().levels) {
        INFO("level " << id);
        CHECK_FALSE(level.title.empty());
        CHECK_FALSE(level.summary.empty());
        CHECK_FALSE(level.intro.empty());
        CHECK(level.learningGoals.size() >= 2);
        CHECK(level.reflection.size() >= 2);
        CHECK(level.reflection.size() <= 4);
        CHECK_FALSE(level.facilitatorNotes.empty());
        CHECK(level.discussionPrompts.size() >= 1);
        for (const auto& ep : level.episodes) {
            INFO("episode " << ep.id);
            CHECK_FALSE(ep.feedback.empty());
            CHECK_FALSE(ep.hint.empty());
            CHECK_FALSE(ep.discussion.empty());
        }
    }
}

TEST_CASE("Campaign: ages and temperaments vary across the levels") {
    std::set<int> ages;
    std::set<core::Temperament> temperaments;
    for (const auto& [id, level] : campaign().levels) {
        ages.insert(level.baby.ageWeeks);
        temperaments.insert(level.baby.temperament);
    }
    CHECK(ages.size() >= 8);
    CHECK(temperaments.size() == 3);
}

// Difficulty: the slow bot's mean over 100 seeds, averaged per chapter, falls along the campaign:
// no chapter is more than a few points easier than the one before (chapters also follow the
// curriculum's order, so small bumps are allowed), the trend is downward, and the last chapter sits
// clearly below the first. Physics is off: the
// curve is about cue timing (escalation presets, clarity, temperament, overlapping episodes), and
// the handling model is tested on its own; shipped_levels_test plays the same levels with physics.
TEST_CASE("Campaign: difficulty rises, the slow bot scores lower chapter by chapter") {
    const Campaign& c = campaign();
    std::vector<double> chapterMeans;
    for (const auto& ch : c.chapters) {
        double sum = 0.0;
        for (const std::string& id : ch.levels) {
            core::RunOptions o;
            o.policy = "slow";
            o.seed = 1000;
            o.physics = false;
            const double m = core::meanScore(core::runMany(c.catalog, c.levels.at(id), o, 100));
            UNSCOPED_INFO("  " << id << ": slow " << m);
            sum += m;
        }
        chapterMeans.push_back(sum / static_cast<double>(ch.levels.size()));
        UNSCOPED_INFO("chapter " << ch.id << ": slow mean " << chapterMeans.back());
    }
    constexpr double kBumpAllowed = 3.5;
    double sumX = 0.0, sumY = 0.0, sumXY = 0.0, sumXX = 0.0;
    for (std::size_t i = 0; i < chapterMeans.size(); ++i) {
        const double x = static_cast<double>(i), y = chapterMeans[i];
        sumX += x, sumY += y, sumXY += x * y, sumXX += x * x;
        if (i == 0) continue;
        INFO("chapter " << c.chapters[i].id << " (" << chapterMeans[i] << ") after "
                        << c.chapters[i - 1].id << " (" << chapterMeans[i - 1] << ")");
        CHECK(chapterMeans[i] <= chapterMeans[i - 1] + kBumpAllowed);
    }
    const double n = static_cast<double>(chapterMeans.size());
    const double slope = (n * sumXY - sumX * sumY) / (n * sumXX - sumX * sumX);
    INFO("least-squares slope of slow-bot score per chapter: " << slope);
    CHECK(slope < -1.5);
    INFO("first chapter " << chapterMeans.front() << ", last chapter " << chapterMeans.back());
    CHECK(chapterMeans.back() <= chapterMeans.front() - 15.0);
}
