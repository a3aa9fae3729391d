// Script JSON ↔ core::Script: {"format_version": 1, "actions": [{"t_s", "respond" | "gesture", ...}]}.
#include "format/json_prelude.h"

#include "format/script_file.h"

#include "format/format_version.h"
#include "format/json_document.h"
#include "format/json_writer.h"
#include "format/level_checks.h"

namespace format {
namespace {

const std::vector<std::string> kScriptGestures{"still", "rock", "walk", "jiggle", "rough", "shake"};

void readAction(ObjectReader& o, core::ScriptAction& a) {
    o.read("t_s", a.tS, Need::Required);
    o.read("respond", a.respond);
    o.read("gesture", a.gesture);
    o.read("until_s", a.untilS);
    o.read("head_supported", a.headSupported);
}

void checkScript(const core::Script& s, const core::Catalog& catalog, Reporter& r) {
    std::vector<std::string> responses;
    for (const core::ResponseDef& x : catalog.responses) responses.push_back(x.id);
    double previous = 0.0;
    for (std::size_t i = 0; i < s.actions.size(); ++i) {
        const core::ScriptAction& a = s.actions[i];
        const std::string p = "actions[" + std::to_string(i) + "]";
        checkRange(r, p + ".t_s", a.tS, 0, 1e6);
        if (a.tS < previous) r.error(p + ".t_s", "actions must be in time order");
        previous = a.tS;
        if (a.respond.empty() && a.gesture.empty())
            r.error(p, "an action needs \"respond\" or \"gesture\"");
        if (!a.respond.empty()) checkKnownId(r, p + ".respond", a.respond, responses, "response");
        if (a.gesture.empty()) continue;
        checkKnownId(r, p + ".gesture", a.gesture, kScriptGestures, "gesture");
        if (a.untilS < a.tS) r.error(p + ".until_s", "must not be before t_s");
    }
}

}  // namespace

Loaded<core::Script> parseScript(std::string_view text, std::string_view displayPath,
                                 const core::Catalog& catalog) {
    Loaded<core::Script> result;
    const std::string path(displayPath);
    try {
        std::unique_ptr<JsonDocument> doc = parseJson(text, path, result.diagnostics);
        if (!doc) return result;
        Reporter r(path, doc->map.get(), result.diagnostics);
        ObjectReader root(r, doc->dom, "");
        core::Script script;
        if (!readFormatVersion(root, doc->dom, script.formatVersion)) return result;
        root.readObjects("actions", Need::Required, [&](ObjectReader& o) {
            script.actions.emplace_back();
            readAction(o, script.actions.back());
        });
        root.finish();
        if (r.failed()) return result;
        checkScript(script, catalog, r);
        if (!r.failed()) result.value = std::move(script);
    } catch (...) {
        Diagnostic d;
        d.path = path;
        d.message = "internal error while reading the file; please report it";
        result.diagnostics.push_back(d);
        result.value.reset();
    }
    return result;
}

Loaded<core::Script> loadScript(const std::string& path, const core::Catalog& catalog) {
    Loaded<core::Script> result;
    std::string bytes;
    if (!readFileBytes(path, &bytes, result.diagnostics)) return result;
    return parseScript(bytes, path, catalog);
}

std::string scriptToJson(const core::Script& script) {
    JsonWriter w;
    w.beginObject();
    w.value("format_version", script.formatVersion);
    w.beginArray("actions");
    for (const core::ScriptAction& a : script.actions) {
        w.beginObject();
        w.value("t_s", a.tS);
        if (!a.respond.empty()) w.value("respond", a.respond);
        if (!a.gesture.empty()) {
            w.value("gesture", a.gesture);
            w.value("until_s", a.untilS);
            w.value("head_supported", a.headSupported);
        }
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

}  // namespace format
