// Catalog JSON → core::Catalog: the five files, each {"format_version": 1, "<kind>": [...]}.
#include "format/json_prelude.h"

#include <memory>

#include "format/catalog_checks.h"
#include "format/format_version.h"
#include "format/json_document.h"

namespace format {
namespace {

constexpr std::array<std::string_view, 5> kFileKeys{"sources", "needs", "cues", "responses", "fits"};

void readSource(ObjectReader& o, core::SourceDef& s) {
    o.read("id", s.id, Need::Required);
    o.read("title", s.title, Need::Required);
    o.read("url", s.url, Need::Required);
    o.read("section", s.section);
}

void readNeed(ObjectReader& o, core::NeedDef& n) {
    o.read("id", n.id, Need::Required);
    o.read("name", n.name, Need::Required);
    o.read("description", n.description);
    o.read("phrase", n.phrase);
    o.read("found", n.found);
    o.read("caregiver", n.caregiver);
    o.readEnum("kind", n.kind, core::kNeedKindNames, Need::Required);
    o.read("early_s", n.earlyS);
    o.read("active_s", n.activeS);
    o.read("late_s", n.lateS);
    o.read("min_age_weeks", n.minAgeWeeks);
    o.read("max_age_weeks", n.maxAgeWeeks);
    o.readEnum("urgency", n.urgency, core::kUrgencyNames);
    if (o.has("missed_safety")) {
        core::SafetyKind kind = core::SafetyKind::UnsafeSleep;
        o.readEnum("missed_safety", kind, core::kSafetyKindNames);
        n.missedSafety = kind;
    }
    o.read("touch_text", n.touchText);
    o.read("reading_text", n.readingText);
    o.read("source", n.source, Need::Required);
}

void readDepiction(ObjectReader& o, core::DepictionDef& d) {
    o.readEnum("eyes", d.eyes, core::kEyesNames);
    o.readEnum("gaze", d.gaze, core::kGazeNames);
    o.readEnum("brows", d.brows, core::kBrowsNames);
    o.readEnum("mouth", d.mouth, core::kMouthNames);
    o.readEnum("hands", d.hands, core::kHandsNames);
    o.readEnum("limbs", d.limbs, core::kLimbsNames);
    o.readEnum("posture", d.posture, core::kPostureNames);
    o.readEnum("voice", d.voice, core::kVoiceNames);
    o.read("voice_intensity", d.voiceIntensity);
    o.read("flush", d.flush);
    o.read("pallor", d.pallor);
    o.read("tears", d.tears);
    o.read("sweat", d.sweat);
    o.read("breathing_rate", d.breathingRate);
    o.read("motion", d.motion);
    o.readEnum("context", d.context, core::kContextNames);
    o.readEnum("place", d.place, core::kPlaceNames);
    o.readEnum("lying", d.lying, core::kLyingNames);
    o.readEnum("wrap", d.wrap, core::kWrapNames);
    std::vector<core::Mark> marks;
    o.readEnumList("marks", marks, core::kMarkNames);
    for (core::Mark m : marks) d.add(m);
}

void readCue(ObjectReader& o, core::CueDef& c) {
    o.read("id", c.id, Need::Required);
    o.read("name", c.name, Need::Required);
    o.read("seen", c.seen, Need::Required);
    o.read("heard", c.heard);
    o.readList("needs", c.needs, Need::Required);
    o.readEnum("stage", c.stage, core::kStageNames, Need::Required);
    o.readEnum("potency", c.potency, core::kPotencyNames);
    o.readEnum("orientation", c.orientation, core::kOrientationNames);
    o.read("meaning", c.meaning);
    o.read("helps", c.helps);
    o.read("avoid", c.avoid);
    o.read("source", c.source, Need::Required);
    o.read("watch_first", c.watchFirst);
    o.readList("checklist", c.checklist);
    o.readObject("depiction", Need::Optional, [&](ObjectReader& d) { readDepiction(d, c.depiction); });
}

void readResponse(ObjectReader& o, core::ResponseDef& r) {
    o.read("id", r.id, Need::Required);
    o.read("name", r.name, Need::Required);
    o.read("group", r.group, Need::Required);
    o.read("description", r.description);
    o.read("verb", r.verb, Need::Required);
    o.read("key", r.key);
    o.read("duration_s", r.durationS, Need::Required);
    o.read("soothe", r.soothe);
    o.read("stimulation", r.stimulation);
    o.readEnum("gesture", r.gesture, core::kGestureNames);
    o.readEnumList("unavailable_in", r.unavailableIn, core::kBabyStateNames);
    o.read("unsafe_once_rolling", r.unsafeOnceRolling);
    o.read("reveals", r.reveals);
    o.read("step_away", r.stepAway);
    o.read("seeks_help", r.seeksHelp);
    o.read("calls_emergency", r.callsEmergency);
    o.read("thermometer", r.thermometer);
    o.read("source", r.source, Need::Required);
}

void readFit(ObjectReader& o, core::FitDef& f) {
    o.read("need", f.need, Need::Required);
    o.read("response", f.response, Need::Required);
    o.readEnum("early", f.early, core::kFitNames);
    o.readEnum("active", f.active, core::kFitNames);
    o.readEnum("late", f.late, core::kFitNames);
    o.read("relief", f.relief);
    o.read("why", f.why);
    o.read("why_early", f.whyEarly);
    o.read("why_active", f.whyActive);
    o.read("why_late", f.whyLate);
    o.read("source", f.source);
}

template <class T, class F>
void readEntries(ObjectReader& root, const char* key, std::vector<T>& out, F read) {
    root.readObjects(key, Need::Required, [&](ObjectReader& o) {
        out.emplace_back();
        read(o, out.back());
    });
}

void readFile(CatalogFile file, ObjectReader& root, core::Catalog& c) {
    const std::string key(kFileKeys[static_cast<std::size_t>(file)]);
    switch (file) {
        case CatalogFile::Sources: readEntries(root, key.c_str(), c.sources, readSource); break;
        case CatalogFile::Needs: readEntries(root, key.c_str(), c.needs, readNeed); break;
        case CatalogFile::Cues: readEntries(root, key.c_str(), c.cues, readCue); break;
        case CatalogFile::Responses: readEntries(root, key.c_str(), c.responses, readResponse); break;
        case CatalogFile::Fits: readEntries(root, key.c_str(), c.fits, readFit); break;
    }
}

// Parses one file into *into; the document is kept in *docOut so later checks can find lines.
bool parseInto(CatalogFile file, std::string_view text, const std::string& path, core::Catalog* into,
               std::vector<Diagnostic>& out, std::unique_ptr<JsonDocument>* docOut) {
    std::unique_ptr<JsonDocument> doc = parseJson(text, path, out);
    if (!doc) return false;
    Reporter r(path, doc->map.get(), out);
    ObjectReader root(r, doc->dom, "");
    int version = 0;
    if (!readFormatVersion(root, doc->dom, version)) return false;
    core::Catalog fresh;
    readFile(file, root, fresh);
    root.finish();
    if (r.failed()) return false;
    checkCatalogEntries(file, fresh, r);
    if (r.failed()) return false;
    auto append = [](auto& to, auto& from) { to.insert(to.end(), from.begin(), from.end()); };
    append(into->sources, fresh.sources);
    append(into->needs, fresh.needs);
    append(into->cues, fresh.cues);
    append(into->responses, fresh.responses);
    append(into->fits, fresh.fits);
    *docOut = std::move(doc);
    return true;
}

Diagnostic internalError(const std::string& path) {
    Diagnostic d;
    d.path = path;
    d.message = "internal error while reading the file; please report it";
    return d;
}

}  // namespace

std::string_view catalogFileName(CatalogFile file) {
    static constexpr std::array<std::string_view, 5> kNames{"sources.json", "needs.json", "cues.json",
                                                            "responses.json", "fits.json"};
    return kNames[static_cast<std::size_t>(file)];
}

bool catalogFileFromName(std::string_view fileName, CatalogFile* file) {
    for (int i = 0; i < 5; ++i) {
        if (catalogFileName(static_cast<CatalogFile>(i)) == fileName) {
            *file = static_cast<CatalogFile>(i);
            return true;
        }
    }
    return false;
}

bool parseCatalogFile(CatalogFile file, std::string_view text, std::string_view displayPath,
                      core::Catalog* into, std::vector<Diagnostic>& out) {
    const std::string path(displayPath);
    try {
        std::unique_ptr<JsonDocument> doc;
        return parseInto(file, text, path, into, out, &doc);
    } catch (...) {
        out.push_back(internalError(path));
        return false;
    }
}

Loaded<core::Catalog> loadCatalog(const std::string& dir) {
    Loaded<core::Catalog> result;
    try {
        core::Catalog catalog;
        std::array<std::unique_ptr<JsonDocument>, 5> docs;
        std::array<std::string, 5> paths;
        bool ok = true;
        for (int i = 0; i < 5; ++i) {
            const auto file = static_cast<CatalogFile>(i);
            paths[i] = dir + "/" + std::string(catalogFileName(file));
            std::string bytes;
            if (!readFileBytes(paths[i], &bytes, result.diagnostics) ||
                !parseInto(file, bytes, paths[i], &catalog, result.diagnostics, &docs[i]))
                ok = false;
        }
        if (!ok) return result;
        std::vector<std::unique_ptr<Reporter>> owned;
        std::array<Reporter*, 5> reporters{};
        for (int i = 0; i < 5; ++i) {
            owned.push_back(std::make_unique<Reporter>(paths[i], docs[i]->map.get(), result.diagnostics));
            reporters[i] = owned.back().get();
        }
        checkCatalogReferences(catalog, reporters);
        if (!hasErrors(result.diagnostics)) result.value = std::move(catalog);
    } catch (...) {
        result.diagnostics.push_back(internalError(dir));
        result.value.reset();
    }
    return result;
}

}  // namespace format
