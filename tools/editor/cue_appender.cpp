// Appending a cue to cues.json.
#include "editor/cue_appender.h"

#include <fstream>
#include <sstream>

#include "format/atomic_write.h"
#include "format/catalog_file.h"
#include "format/json_writer.h"

namespace editor {
namespace {

template <std::size_t N, class E>
std::string name(E value, const std::array<std::string_view, N>& names) {
    return std::string(core::nameOf(value, names));
}

void writeDepiction(format::JsonWriter& w, const core::DepictionDef& d) {
    w.beginObject("depiction");
    w.value("eyes", name(d.eyes, core::kEyesNames));
    w.value("gaze", name(d.gaze, core::kGazeNames));
    w.value("brows", name(d.brows, core::kBrowsNames));
    w.value("mouth", name(d.mouth, core::kMouthNames));
    w.value("hands", name(d.hands, core::kHandsNames));
    w.value("limbs", name(d.limbs, core::kLimbsNames));
    w.value("posture", name(d.posture, core::kPostureNames));
    w.value("voice", name(d.voice, core::kVoiceNames));
    w.value("voice_intensity", d.voiceIntensity);
    w.value("flush", d.flush);
    w.value("pallor", d.pallor);
    w.value("tears", d.tears);
    w.value("sweat", d.sweat);
    w.value("breathing_rate", d.breathingRate);
    w.value("motion", d.motion);
    if (d.context != core::Context::None) w.value("context", name(d.context, core::kContextNames));
    w.endObject();
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

std::string cueBlockJson(const core::CueDef& c) {
    format::JsonWriter w;
    w.beginObject();
    w.value("id", c.id);
    w.value("name", c.name);
    w.value("seen", c.seen);
    w.value("heard", c.heard);
    w.stringList("needs", c.needs);
    w.value("stage", name(c.stage, core::kStageNames));
    w.value("potency", name(c.potency, core::kPotencyNames));
    w.value("orientation", name(c.orientation, core::kOrientationNames));
    w.value("meaning", c.meaning);
    w.value("helps", c.helps);
    w.value("avoid", c.avoid);
    w.value("source", c.source);
    w.beginArray("checklist");
    for (int item : c.checklist) w.value({}, item);
    w.endArray();
    writeDepiction(w, c.depiction);
    w.endObject();
    std::string text = w.finish();
    while (!text.empty() && text.back() == '\n') text.pop_back();
    std::string out = "    ";  // the "cues" list's items sit four spaces in
    for (char ch : text) {
        out += ch;
        if (ch == '\n') out += "    ";
    }
    return out;
}

bool appendCueToCatalog(const std::string& catalogDir, const core::CueDef& cue, std::string* error) {
    const std::string path = catalogDir + "/cues.json";
    const std::string original = readAll(path);
    const auto end = original.rfind(']');
    const auto lastItem = original.rfind('}', end);
    if (end == std::string::npos || lastItem == std::string::npos) {
        *error = path + " does not end with a list of cues";
        return false;
    }
    const std::string updated = original.substr(0, lastItem + 1) + ",\n" + cueBlockJson(cue) +
                                original.substr(lastItem + 1);
    if (!format::writeFileAtomic(path, updated, error)) return false;
    const auto check = format::loadCatalog(catalogDir);
    if (check.ok()) return true;
    *error = check.diagnostics.empty() ? "the catalog no longer loads" : format::formatDiagnostic(check.diagnostics[0]);
    format::writeFileAtomic(path, original, nullptr);  // put it back
    return false;
}

}  // namespace editor
