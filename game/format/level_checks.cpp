// The meaning of a level: ids exist in the catalog, numbers are in range, times fit the level.
#include "format/json_prelude.h"

#include "format/level_checks.h"

#include <cmath>
#include <set>

#include "core/episode_timing.h"
#include "format/did_you_mean.h"

namespace format {
namespace {

const std::vector<std::string> kRooms{"nursery", "living_room", "bedroom", "kitchen", "clinic", "park"};
const std::vector<std::string> kTimesOfDay{"morning", "afternoon", "evening", "night"};
const std::vector<std::string> kPresets{"slow", "normal", "fast"};
const std::vector<std::string> kEventKinds{"doorbell", "phone", "sibling", "visitor", "dog", "noise", "lights"};

std::string number(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", x);
    return buffer;
}

void warnUnlisted(Reporter& r, const std::string& field, const std::string& value,
                  const std::vector<std::string>& known) {
    for (const std::string& k : known)
        if (k == value) return;
    r.warning(field, "'" + value + "' is not a known value" + didYouMean(value, known));
}

template <class T>
std::vector<std::string> idsOf(const std::vector<T>& defs) {
    std::vector<std::string> ids;
    for (const T& d : defs) ids.push_back(d.id);
    return ids;
}

void checkBabyAndSetting(const core::LevelDef& l, Reporter& r) {
    checkRange(r, "baby.age_weeks", l.baby.ageWeeks, 0, 104);
    warnUnlisted(r, "setting.room", l.setting.room, kRooms);
    warnUnlisted(r, "setting.time_of_day", l.setting.timeOfDay, kTimesOfDay);
    checkRange(r, "setting.light", l.setting.light, 0, 1);
    checkRange(r, "setting.noise", l.setting.noise, 0, 1);
    checkRange(r, "setting.room_temp_c", l.setting.roomTempC, 10, 35);
    if (!(l.durationS > 0)) r.error("duration_s", "must be more than 0 seconds, found " + number(l.durationS));
    if (!(l.timeScale > 0)) r.error("time_scale", "must be more than 0, found " + number(l.timeScale));
}

void checkEpisodeTiming(const core::EpisodeDef& e, const std::string& p, float durationS, Reporter& r) {
    if (e.startS < 0)
        r.error(p + ".start_s", "must be 0 or more, found " + number(e.startS));
    else if (e.startS >= durationS)
        r.error(p + ".start_s", "starts at " + number(e.startS) + " s, at or after the level ends (duration_s " +
                                    number(durationS) + ")");
    {
        bool known = false;
        for (const std::string& k : kPresets) known = known || k == e.escalation.preset;
        if (!known)
            r.error(p + ".escalation.preset", "unknown preset '" + e.escalation.preset + "'" +
                                                  didYouMean(e.escalation.preset, kPresets) +
                                                  "; expected slow, normal or fast");
    }
    checkRange(r, p + ".escalation.early_s", e.escalation.earlyS, 0, 3600);
    checkRange(r, p + ".escalation.active_s", e.escalation.activeS, 0, 3600);
    checkRange(r, p + ".escalation.late_s", e.escalation.lateS, 0, 3600);
    checkRange(r, p + ".clarity", e.clarity, 0, 1);
    checkRange(r, p + ".resists_s", e.resistsS, 0, 3600);
}

// Only crying with no need behind it can resist soothing: any other need must stay meetable.
void checkResistance(const core::EpisodeDef& e, const std::string& p, const core::NeedDef& need,
                     Reporter& r) {
    if (e.resistsS > 0 && need.kind != core::NeedKind::Unexplained)
        r.error(p + ".resists_s", "only unexplained (PURPLE) crying resists soothing; need '" +
                                      e.need + "' would never be met while it resists");
}

void checkEpisodeIds(const core::EpisodeDef& e, const std::string& p, const core::LevelDef& l,
                     const core::Catalog& catalog, Reporter& r) {
    const core::NeedDef* need = nullptr;
    for (const core::NeedDef& n : catalog.needs)
        if (n.id == e.need) need = &n;
    if (!need) {
        checkKnownId(r, p + ".need", e.need, idsOf(catalog.needs), "need");
    } else if (l.baby.ageWeeks >= 0 && l.baby.ageWeeks <= 104 &&
               (l.baby.ageWeeks < need->minAgeWeeks || l.baby.ageWeeks > need->maxAgeWeeks)) {
        r.error(p + ".need", "need '" + e.need + "' applies to babies aged " +
                                 std::to_string(need->minAgeWeeks) + ".." +
                                 std::to_string(need->maxAgeWeeks) + " weeks; this baby is " +
                                 std::to_string(l.baby.ageWeeks) + " weeks (baby.age_weeks)");
    }
    if (need) checkResistance(e, p, *need, r);
    if (e.cues.empty()) return;
    const std::vector<std::string> cueIds = idsOf(catalog.cues);
    for (std::size_t i = 0; i < e.cues.size(); ++i) {
        const std::string field = p + ".cues[" + std::to_string(i) + "]";
        if (!checkKnownId(r, field, e.cues[i], cueIds, "cue") || !need) continue;
        for (const core::CueDef& c : catalog.cues) {
            if (c.id != e.cues[i]) continue;
            bool signals = false;
            for (const std::string& n : c.needs) signals = signals || n == e.need;
            if (!signals)
                r.warning(field, "cue '" + c.id + "' does not signal need '" + e.need + "' in the catalog");
        }
    }
}

void checkEpisodes(const core::LevelDef& l, const core::Catalog& catalog, Reporter& r) {
    if (l.episodes.empty()) r.error("episodes", "a level needs at least one episode");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < l.episodes.size(); ++i) {
        const core::EpisodeDef& e = l.episodes[i];
        const std::string p = "episodes[" + std::to_string(i) + "]";
        if (e.id.empty()) r.error(p + ".id", "must not be empty");
        else if (!seen.insert(e.id).second)
            r.error(p + ".id", "duplicate episode id '" + e.id + "'; episode ids must be unique in a level");
        checkEpisodeTiming(e, p, l.durationS, r);
        checkEpisodeIds(e, p, l, catalog, r);
    }
}

// A red flag or an unsafe place left alone must run out inside the level, so that ignoring it
// logs a safety event (docs/SAFETY-RULES.md, R4 and R6).
void checkRunsOut(const core::LevelDef& l, const core::Catalog& catalog, Reporter& r) {
    for (std::size_t i = 0; i < l.episodes.size(); ++i) {
        const core::EpisodeDef& e = l.episodes[i];
        const core::NeedDef* need = nullptr;
        for (const core::NeedDef& n : catalog.needs)
            if (n.id == e.need) need = &n;
        if (!need || (need->kind != core::NeedKind::RedFlag && !need->missedSafety)) continue;
        const double endS =
            e.startS + core::runOutAfterS(core::episodeStageLengths(*need, e, l.baby.temperament), e.startStage);
        if (endS <= l.durationS + 1e-6) continue;
        const char* what = need->kind == core::NeedKind::RedFlag ? "red flag" : "unsafe place";
        r.error("episodes[" + std::to_string(i) + "].start_s",
                std::string(what) + " '" + e.need + "' cannot run out before the level ends: left alone it is missed at " +
                    number(endS) + " s, after duration_s " + number(l.durationS) + "; start it by " +
                    number(l.durationS - (endS - e.startS)) + " s or shorten its stages (SAFETY-RULES R4, R6)");
    }
}

void checkEvents(const core::LevelDef& l, Reporter& r) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < l.events.size(); ++i) {
        const core::EnvEventDef& e = l.events[i];
        const std::string p = "events[" + std::to_string(i) + "]";
        if (!e.id.empty() && !seen.insert(e.id).second)
            r.error(p + ".id", "duplicate event id '" + e.id + "'");
        warnUnlisted(r, p + ".kind", e.kind, kEventKinds);
        if (e.startS < 0) r.error(p + ".start_s", "must be 0 or more, found " + number(e.startS));
        else if (e.startS >= l.durationS)
            r.error(p + ".start_s", "starts at " + number(e.startS) +
                                        " s, at or after the level ends (duration_s " + number(l.durationS) + ")");
        if (!(e.durationS > 0)) r.error(p + ".duration_s", "must be more than 0 seconds, found " + number(e.durationS));
        checkRange(r, p + ".noise", e.noise, 0, 1);
    }
}

}  // namespace

void checkRange(Reporter& r, const std::string& field, double value, double lo, double hi) {
    if (!std::isfinite(value) || value < lo || value > hi)
        r.error(field, "out of range: expected " + number(lo) + ".." + number(hi) + ", found " + number(value));
}

bool checkKnownId(Reporter& r, const std::string& field, const std::string& id,
                  const std::vector<std::string>& known, const char* what) {
    for (const std::string& k : known)
        if (k == id) return true;
    r.error(field, std::string("unknown ") + what + " id '" + id + "'" + didYouMean(id, known));
    return false;
}

void checkLevel(const core::LevelDef& level, const core::Catalog& catalog, Reporter& r) {
    if (level.formatVersion > core::kLevelFormatVersion)
        r.error("format_version", "this file was written by a newer Attune (format " +
                                      std::to_string(level.formatVersion) + "); this build reads up to " +
                                      std::to_string(core::kLevelFormatVersion));
    if (level.id.empty()) r.error("id", "must not be empty");
    checkBabyAndSetting(level, r);
    checkEpisodes(level, catalog, r);
    checkEvents(level, r);
    checkRunsOut(level, catalog, r);
}

}  // namespace format
