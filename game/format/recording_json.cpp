// Run recordings as JSON: seed, relaxed, step count, responses by step and compact hand runs.
#include "format/json_prelude.h"

#include "format/recording_json.h"

#include <charconv>
#include <cmath>

#include "format/field_reader.h"

namespace format {
namespace {

/// Reads one space-separated number from text at pos; false if there is none.
template <class T>
bool nextNumber(std::string_view text, std::size_t& pos, T& out) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    const char* begin = text.data() + pos;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(begin, end, out);
    if (ec != std::errc() || ptr == begin) return false;
    pos = static_cast<std::size_t>(ptr - text.data());
    return true;
}

void checkRecording(Reporter& r, const std::string& path, const core::RunRecording& rec) {
    long previous = -1;
    for (std::size_t i = 0; i < rec.responses.size(); ++i) {
        const long step = rec.responses[i].step;
        if (step < 0 || step >= rec.steps || step <= previous)
            r.error(indexPath(childPath(path, "responses"), i) + ".step",
                    "must be in 0.." + std::to_string(rec.steps - 1) +
                        " and after the previous response");
        previous = step;
    }
    long end = 0;
    for (std::size_t i = 0; i < rec.hands.size(); ++i) {
        const core::HandRun& h = rec.hands[i];
        if (h.step < end || h.steps < 1 || h.step + h.steps > rec.steps)
            r.error(indexPath(childPath(path, "hands"), i),
                    "hand runs must be in step order, not overlap and end by step " +
                        std::to_string(rec.steps));
        end = h.step + h.steps;
    }
}

}  // namespace

std::string handRunText(const core::HandRun& h) {
    return std::to_string(h.step) + " " + std::to_string(h.steps) + " " + formatFloat(h.hand.xM) +
           " " + formatFloat(h.hand.yM) + " " + (h.hand.headSupported ? "1" : "0");
}

bool parseHandRun(std::string_view text, core::HandRun& out) {
    std::size_t pos = 0;
    int head = 1;
    core::HandRun h;
    if (!nextNumber(text, pos, h.step) || !nextNumber(text, pos, h.steps) ||
        !nextNumber(text, pos, h.hand.xM) || !nextNumber(text, pos, h.hand.yM) ||
        !nextNumber(text, pos, head))
        return false;
    if (pos != text.size() || (head != 0 && head != 1)) return false;
    if (!std::isfinite(h.hand.xM) || !std::isfinite(h.hand.yM)) return false;
    h.hand.headSupported = head == 1;
    out = h;
    return true;
}

void writeRecording(JsonWriter& w, std::string_view key, const core::RunRecording& r) {
    w.beginObject(key);
    w.value("seed", r.seed);
    w.value("relaxed", r.relaxed);
    w.value("steps", static_cast<std::uint64_t>(r.steps));
    w.beginArray("responses");
    for (const core::RecordedResponse& x : r.responses) {
        w.beginObject();
        w.value("step", static_cast<std::uint64_t>(x.step));
        w.value("response", x.response);
        w.endObject();
    }
    w.endArray();
    std::vector<std::string> hands;
    for (const core::HandRun& h : r.hands) hands.push_back(handRunText(h));
    w.stringList("hands", hands);
    w.endObject();
}

void readRecording(ObjectReader& o, core::RunRecording& r) {
    std::uint64_t steps = 0;
    o.read("seed", r.seed, Need::Required);
    o.read("relaxed", r.relaxed);
    o.read("steps", steps, Need::Required);
    r.steps = static_cast<long>(std::min<std::uint64_t>(steps, 1u << 30));
    o.readObjects("responses", Need::Optional, [&](ObjectReader& x) {
        core::RecordedResponse resp;
        std::uint64_t step = 0;
        x.read("step", step, Need::Required);
        x.read("response", resp.response, Need::Required);
        resp.step = static_cast<long>(std::min<std::uint64_t>(step, 1u << 30));
        r.responses.push_back(std::move(resp));
    });
    std::vector<std::string> hands;
    o.readList("hands", hands);
    for (std::size_t i = 0; i < hands.size(); ++i) {
        core::HandRun h;
        if (parseHandRun(hands[i], h))
            r.hands.push_back(h);
        else
            o.reporter().error(indexPath(o.field("hands"), i),
                               "expected \"STEP STEPS X_M Y_M HEAD\" (HEAD 1 or 0), found '" +
                                   hands[i].substr(0, 60) + "'");
    }
    checkRecording(o.reporter(), o.path(), r);
}

}  // namespace format
