// Safety rules as data checks: a catalog that would teach an unsafe lesson does not load.
#include "format/json_prelude.h"

#include "format/catalog_safety_checks.h"

#include <string>

namespace format {
namespace {

constexpr const char* kStageKeys[3] = {"early", "active", "late"};

std::string at(const char* list, std::size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

core::Fit fitAt(const core::FitDef& f, int stage) {
    return stage == 0 ? f.early : stage == 1 ? f.active : f.late;
}

bool isFitting(core::Fit f) { return f == core::Fit::Best || f == core::Fit::Acceptable; }

const core::NeedDef* findNeed(const core::Catalog& c, const std::string& id) {
    for (const core::NeedDef& n : c.needs)
        if (n.id == id) return &n;
    return nullptr;
}

const core::ResponseDef* findResponse(const core::Catalog& c, const std::string& id) {
    for (const core::ResponseDef& r : c.responses)
        if (r.id == id) return &r;
    return nullptr;
}

// Rules on one fit entry, stage by stage (R1, R3, R4, R5).
void checkFitStage(const core::FitDef& f, const core::NeedDef& need, const core::ResponseDef& r,
                   const std::string& p, int s, Reporter& out) {
    const core::Fit fit = fitAt(f, s);
    const std::string field = p + "." + kStageKeys[s];
    const bool redFlag = need.kind == core::NeedKind::RedFlag;
    if (r.stepAway && redFlag && isFitting(fit))
        out.error(field, "stepping away never answers a red flag ('" + need.id +
                             "'): a red flag stays open until help is sought (SAFETY-RULES R1)");
    if (r.stepAway && need.kind == core::NeedKind::Unexplained && !isFitting(fit))
        out.error(field, "stepping away during crying with no clear cause ('" + need.id +
                             "') is never a mismatch: it is part of the plan (SAFETY-RULES R2)");
    if (r.seeksHelp && !isFitting(fit))
        out.error(field, "seeking help is never a misreading: '" + r.id + "' for '" + need.id +
                             "' must be best or acceptable, found " + std::string(core::fitName(fit)) +
                             " (leave the pair out to make it a neutral step; SAFETY-RULES R3)");
    if (r.id == "watch_wait" && redFlag && fit != core::Fit::Harmful)
        out.error(field, "waiting on a red flag ('" + need.id + "') must be harmful, found " +
                             std::string(core::fitName(fit)) + " (SAFETY-RULES R4)");
    if (r.seeksHelp && !r.callsEmergency && need.urgency == core::Urgency::Emergency &&
        fit == core::Fit::Best)
        out.error(field, "'" + need.id + "' needs emergency care: same-day help ('" + r.id +
                             "') can be acceptable at most (SAFETY-RULES R5)");
}

// A red flag needs a best answer at every stage that seeks help at its urgency, and an explicit
// harmful fit for waiting (R4, R5).
void checkRedFlag(const core::Catalog& c, std::size_t n, Reporter& needs) {
    const core::NeedDef& need = c.needs[n];
    bool answered[3] = {false, false, false}, waitListed = false;
    for (const core::FitDef& f : c.fits) {
        if (f.need != need.id) continue;
        const core::ResponseDef* r = findResponse(c, f.response);
        if (!r) continue;
        waitListed |= r->id == "watch_wait";
        const bool rightLevel = need.urgency == core::Urgency::Emergency ? r->callsEmergency : r->seeksHelp;
        for (int s = 0; s < 3; ++s) answered[s] |= rightLevel && fitAt(f, s) == core::Fit::Best;
    }
    const std::string p = at("needs", n);
    if (!(answered[0] && answered[1] && answered[2]))
        needs.error(p + ".kind", std::string("red flag '") + need.id + "' needs a fit that seeks help (" +
                                     (need.urgency == core::Urgency::Emergency ? "calls_emergency" : "seeks_help") +
                                     ") scored best at every stage (SAFETY-RULES R4, R5)");
    if (!waitListed)
        needs.error(p + ".kind", "red flag '" + need.id +
                                     "' needs a watch_wait fit scored harmful: waiting is not a "
                                     "repairable mismatch (SAFETY-RULES R4)");
    if (need.urgency == core::Urgency::None)
        needs.error(p + ".urgency", "red flag '" + need.id + "' must say its urgency: same_day or emergency (SAFETY-RULES R5)");
}

// A need that is harmful to leave (waiting is harmful at every stage) must log a safety event
// when it runs out (R6).
void checkLeftAlone(const core::Catalog& c, std::size_t n, Reporter& needs) {
    const core::NeedDef& need = c.needs[n];
    if (need.kind == core::NeedKind::RedFlag || need.missedSafety) return;
    for (const core::FitDef& f : c.fits) {
        if (f.need != need.id || f.response != "watch_wait") continue;
        if (f.early == core::Fit::Harmful && f.active == core::Fit::Harmful && f.late == core::Fit::Harmful)
            needs.error(at("needs", n) + ".missed_safety",
                        "leaving '" + need.id + "' alone is harmful, so it must log a safety event "
                        "when it runs out: set missed_safety (SAFETY-RULES R6)");
    }
}

// A watch-first cue never signals a need where waiting is unsafe (R11).
void checkWatchFirst(const core::Catalog& c, Reporter& cues) {
    for (std::size_t i = 0; i < c.cues.size(); ++i) {
        if (!c.cues[i].watchFirst) continue;
        for (const std::string& id : c.cues[i].needs) {
            const core::NeedDef* need = findNeed(c, id);
            if (need && (need->kind == core::NeedKind::RedFlag || need->missedSafety))
                cues.error(at("cues", i) + ".watch_first",
                           "a watch-first cue must not signal '" + id +
                               "', where waiting is unsafe (SAFETY-RULES R11)");
        }
    }
}

}  // namespace

void checkCatalogSafety(const core::Catalog& c, Reporter& needs, Reporter& cues, Reporter& fits) {
    for (std::size_t i = 0; i < c.fits.size(); ++i) {
        const core::NeedDef* need = findNeed(c, c.fits[i].need);
        const core::ResponseDef* r = findResponse(c, c.fits[i].response);
        if (!need || !r) continue;
        for (int s = 0; s < 3; ++s) checkFitStage(c.fits[i], *need, *r, at("fits", i), s, fits);
    }
    for (std::size_t n = 0; n < c.needs.size(); ++n) {
        if (c.needs[n].kind == core::NeedKind::RedFlag) checkRedFlag(c, n, needs);
        checkLeftAlone(c, n, needs);
    }
    checkWatchFirst(c, cues);
}

}  // namespace format
