// Catalog rules: unique ids, sensible numbers, and every reference pointing at something that exists.
#include "format/json_prelude.h"

#include "format/catalog_checks.h"

#include <set>
#include <utility>

#include "format/catalog_safety_checks.h"
#include "format/did_you_mean.h"
#include "format/level_checks.h"

namespace format {
namespace {

const std::vector<std::string> kGroups{"body_care", "comfort", "connect", "calm_room", "wait", "safety"};

std::string at(const char* list, std::size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

template <class T>
std::vector<std::string> idsOf(const std::vector<T>& defs) {
    std::vector<std::string> ids;
    for (const T& d : defs) ids.push_back(d.id);
    return ids;
}

template <class T>
void checkIds(const std::vector<T>& defs, const char* list, Reporter& r) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < defs.size(); ++i) {
        if (defs[i].id.empty()) r.error(at(list, i) + ".id", "must not be empty");
        else if (!seen.insert(defs[i].id).second)
            r.error(at(list, i) + ".id", "duplicate id '" + defs[i].id + "'");
    }
}

void checkNeeds(const core::Catalog& c, Reporter& r) {
    checkIds(c.needs, "needs", r);
    for (std::size_t i = 0; i < c.needs.size(); ++i) {
        const core::NeedDef& n = c.needs[i];
        const std::string p = at("needs", i);
        checkRange(r, p + ".early_s", n.earlyS, 0.001, 3600);
        checkRange(r, p + ".active_s", n.activeS, 0.001, 3600);
        checkRange(r, p + ".late_s", n.lateS, 0.001, 3600);
        checkRange(r, p + ".min_age_weeks", n.minAgeWeeks, 0, 104);
        checkRange(r, p + ".max_age_weeks", n.maxAgeWeeks, 0, 104);
        if (n.minAgeWeeks > n.maxAgeWeeks)
            r.error(p + ".max_age_weeks", "is below min_age_weeks (" + std::to_string(n.minAgeWeeks) + ")");
    }
}

void checkDepiction(const core::DepictionDef& d, const std::string& p, Reporter& r) {
    const std::pair<const char*, float> unitScalars[] = {
        {"voice_intensity", d.voiceIntensity}, {"flush", d.flush}, {"pallor", d.pallor},
        {"tears", d.tears}, {"sweat", d.sweat}, {"motion", d.motion}};
    for (const auto& [key, value] : unitScalars) checkRange(r, p + "." + key, value, 0, 1);
    checkRange(r, p + ".breathing_rate", d.breathingRate, 0.5, 3);
}

void checkCues(const core::Catalog& c, Reporter& r) {
    checkIds(c.cues, "cues", r);
    for (std::size_t i = 0; i < c.cues.size(); ++i) {
        const core::CueDef& cue = c.cues[i];
        const std::string p = at("cues", i);
        if (cue.needs.empty()) r.error(p + ".needs", "a cue must signal at least one need");
        for (std::size_t k = 0; k < cue.checklist.size(); ++k)
            checkRange(r, p + ".checklist[" + std::to_string(k) + "]", cue.checklist[k], 1, 52);
        checkDepiction(cue.depiction, p + ".depiction", r);
    }
}

void checkResponses(const core::Catalog& c, Reporter& r) {
    checkIds(c.responses, "responses", r);
    for (std::size_t i = 0; i < c.responses.size(); ++i) {
        const core::ResponseDef& x = c.responses[i];
        const std::string p = at("responses", i);
        if (!(x.durationS > 0)) r.error(p + ".duration_s", "must be more than 0 seconds");
        else checkRange(r, p + ".duration_s", x.durationS, 0, 3600);
        checkRange(r, p + ".soothe", x.soothe, 0, 1);
        checkRange(r, p + ".stimulation", x.stimulation, 0, 1);
        bool knownGroup = false;
        for (const std::string& g : kGroups) knownGroup = knownGroup || g == x.group;
        if (!knownGroup)
            r.error(p + ".group", "unknown group '" + x.group + "'" + didYouMean(x.group, kGroups) +
                                      "; expected body_care, comfort, connect, calm_room, wait or safety");
        if (x.key.size() > 1) r.warning(p + ".key", "should be one character, found '" + x.key + "'");
        if (x.verb.empty() || !(x.verb[0] >= 'a' && x.verb[0] <= 'z') || x.verb.back() == '.')
            r.error(p + ".verb", "must be a lower-case verb phrase with no full stop, e.g. \"offer a feed\"");
    }
}

void checkFits(const core::Catalog& c, Reporter& r) {
    std::set<std::pair<std::string, std::string>> seen;
    for (std::size_t i = 0; i < c.fits.size(); ++i) {
        const core::FitDef& f = c.fits[i];
        const std::string p = at("fits", i);
        checkRange(r, p + ".relief", f.relief, 0, 1);
        if (!seen.insert({f.need, f.response}).second)
            r.error(p, "need '" + f.need + "' and response '" + f.response + "' are listed more than once");
    }
}

template <class T>
void checkSources(const std::vector<T>& defs, const char* list, const std::vector<std::string>& sources,
                  Reporter& r, bool optional) {
    for (std::size_t i = 0; i < defs.size(); ++i) {
        if (optional && defs[i].source.empty()) continue;
        checkKnownId(r, at(list, i) + ".source", defs[i].source, sources, "source");
    }
}

}  // namespace

void checkCatalogEntries(CatalogFile file, const core::Catalog& catalog, Reporter& r) {
    switch (file) {
        case CatalogFile::Sources: checkIds(catalog.sources, "sources", r); break;
        case CatalogFile::Needs: checkNeeds(catalog, r); break;
        case CatalogFile::Cues: checkCues(catalog, r); break;
        case CatalogFile::Responses: checkResponses(catalog, r); break;
        case CatalogFile::Fits: checkFits(catalog, r); break;
    }
}

void checkCatalogReferences(const core::Catalog& c, const std::array<Reporter*, 5>& reporters) {
    const std::vector<std::string> sources = idsOf(c.sources);
    const std::vector<std::string> needs = idsOf(c.needs);
    const std::vector<std::string> responses = idsOf(c.responses);
    Reporter& needsR = *reporters[static_cast<int>(CatalogFile::Needs)];
    Reporter& cuesR = *reporters[static_cast<int>(CatalogFile::Cues)];
    Reporter& responsesR = *reporters[static_cast<int>(CatalogFile::Responses)];
    Reporter& fitsR = *reporters[static_cast<int>(CatalogFile::Fits)];
    checkSources(c.needs, "needs", sources, needsR, false);
    checkSources(c.cues, "cues", sources, cuesR, false);
    checkSources(c.responses, "responses", sources, responsesR, false);
    checkSources(c.fits, "fits", sources, fitsR, true);
    for (std::size_t i = 0; i < c.cues.size(); ++i)
        for (std::size_t k = 0; k < c.cues[i].needs.size(); ++k)
            checkKnownId(cuesR, at("cues", i) + ".needs[" + std::to_string(k) + "]", c.cues[i].needs[k],
                         needs, "need");
    for (std::size_t i = 0; i < c.fits.size(); ++i) {
        checkKnownId(fitsR, at("fits", i) + ".need", c.fits[i].need, needs, "need");
        checkKnownId(fitsR, at("fits", i) + ".response", c.fits[i].response, responses, "response");
    }
    checkCatalogSafety(c, needsR, cuesR, fitsR);
}

}  // namespace format
