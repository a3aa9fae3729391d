// Typed, path-tracking reads of JSON values: type checks before every access, finite floats, and
// unknown-key warnings with suggestions.
#include "format/json_prelude.h"

#include "format/field_reader.h"

#include <cfloat>
#include <cmath>
#include <unordered_set>

namespace format {

namespace {

// Keeps hostile megabyte-long ids and keys from flooding the output: head … tail, cut on UTF-8
// character boundaries.
std::string shortened(const std::string& s, std::size_t head, std::size_t tail) {
    if (s.size() <= head + tail + 3) return s;
    auto boundary = [&](std::size_t i) {
        while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
        return i;
    };
    const std::size_t headEnd = boundary(head);
    const std::size_t tailStart = boundary(s.size() - tail);
    return s.substr(0, headEnd) + "\xE2\x80\xA6" + s.substr(tailStart);
}

}  // namespace

void Reporter::add(const std::string& field, const std::string& message,
                   Diagnostic::Severity severity, Anchor anchor) {
    if (severity == Diagnostic::Severity::Error) ++m_errors;
    if (++m_count > kMaxDiagnosticsPerFile) {
        noteDropped(severity);
        return;
    }
    Diagnostic d;
    d.path = m_displayPath;
    d.severity = severity;
    d.field = shortened(field, 120, 40);
    d.message = shortened(message, 200, 120);
    std::size_t offset = 0;
    bool found = false;
    if (m_map && anchor == Anchor::Value) found = m_map->findValue(field, &offset);
    if (m_map && anchor == Anchor::Key) found = m_map->findKey(field, &offset);
    if (m_map && anchor == Anchor::RepeatedKey) found = m_map->findRepeatedKey(field, &offset);
    if (found) {
        auto [line, column] = m_map->lineColumn(offset);
        d.line = line;
        d.column = column;
    }
    m_out.push_back(std::move(d));
}

// One summary line for everything past the cap; an error summary too if a dropped one was an
// error, so hasErrors() on the list agrees with failed().
void Reporter::noteDropped(Diagnostic::Severity severity) {
    const bool isError = severity == Diagnostic::Severity::Error;
    if (m_droppedShown && !(isError && !m_droppedErrorShown)) return;
    Diagnostic more;
    more.path = m_displayPath;
    more.severity = severity;
    more.message = "too many problems; only the first " + std::to_string(kMaxDiagnosticsPerFile) +
                   " are listed";
    m_out.push_back(std::move(more));
    m_droppedShown = true;
    m_droppedErrorShown = m_droppedErrorShown || isError;
}

void Reporter::error(const std::string& field, const std::string& message) {
    add(field, message, Diagnostic::Severity::Error, Anchor::Value);
}

void Reporter::warning(const std::string& field, const std::string& message) {
    add(field, message, Diagnostic::Severity::Warning, Anchor::Value);
}

void Reporter::keyWarning(const std::string& field, const std::string& message) {
    add(field, message, Diagnostic::Severity::Warning, Anchor::Key);
}

void Reporter::repeatedKeyError(const std::string& field, const std::string& message) {
    add(field, message, Diagnostic::Severity::Error, Anchor::RepeatedKey);
}

std::string describeJson(const rapidjson::Value& v) {
    if (v.IsString()) return "a string";
    if (v.IsNumber()) return "a number";
    if (v.IsBool()) return v.IsTrue() ? "true" : "false";
    if (v.IsNull()) return "null";
    if (v.IsObject()) return "an object";
    return "an array";
}

bool readValue(Reporter& r, const rapidjson::Value& v, const std::string& path, std::string& out) {
    if (!v.IsString()) {
        r.error(path, "expected a string, found " + describeJson(v));
        return false;
    }
    out.assign(v.GetString(), v.GetStringLength());
    return true;
}

bool readValue(Reporter& r, const rapidjson::Value& v, const std::string& path, int& out) {
    if (v.IsInt()) {
        out = v.GetInt();
        return true;
    }
    if (v.IsNumber() && (v.IsInt64() || v.IsUint64()))
        r.error(path, "whole number is too large");
    else if (v.IsNumber())
        r.error(path, "expected a whole number, found a fraction");
    else
        r.error(path, "expected a whole number, found " + describeJson(v));
    return false;
}

bool readValue(Reporter& r, const rapidjson::Value& v, const std::string& path, double& out) {
    if (!v.IsNumber()) {
        r.error(path, "expected a number, found " + describeJson(v));
        return false;
    }
    double d = v.GetDouble();
    if (!std::isfinite(d)) {
        r.error(path, "expected a finite number");
        return false;
    }
    out = d;
    return true;
}

bool readValue(Reporter& r, const rapidjson::Value& v, const std::string& path, float& out) {
    double d = 0.0;
    if (!readValue(r, v, path, d)) return false;
    if (std::fabs(d) > static_cast<double>(FLT_MAX)) {
        r.error(path, "number is too large");
        return false;
    }
    out = static_cast<float>(d);
    return true;
}

bool readValue(Reporter& r, const rapidjson::Value& v, const std::string& path, std::uint64_t& out) {
    if (v.IsUint64()) {
        out = v.GetUint64();
        return true;
    }
    if (v.IsNumber() && v.IsInt64())
        r.error(path, "expected a whole number 0 or more, found a negative number");
    else if (v.IsNumber())
        r.error(path, "expected a whole number, found a fraction");
    else
        r.error(path, "expected a whole number, found " + describeJson(v));
    return false;
}

bool readValue(Reporter& r, const rapidjson::Value& v, const std::string& path, bool& out) {
    if (!v.IsBool()) {
        r.error(path, "expected true or false, found " + describeJson(v));
        return false;
    }
    out = v.GetBool();
    return true;
}

ObjectReader::ObjectReader(Reporter& r, const rapidjson::Value& object, std::string path)
    : m_reporter(r), m_object(object), m_path(std::move(path)) {
    std::unordered_set<std::string> seen;
    for (auto it = m_object.MemberBegin(); it != m_object.MemberEnd(); ++it) {
        std::string name(it->name.GetString(), it->name.GetStringLength());
        if (!seen.insert(name).second)
            m_reporter.repeatedKeyError(field(name), "key '" + name + "' appears more than once");
    }
}

bool ObjectReader::has(const char* key) const {
    return m_object.FindMember(key) != m_object.MemberEnd();
}

const rapidjson::Value* ObjectReader::member(const char* key, Need need) {
    m_known.emplace_back(key);
    auto it = m_object.FindMember(key);
    if (it != m_object.MemberEnd()) return &it->value;
    if (need == Need::Required) m_reporter.error(field(key), "required field is missing");
    return nullptr;
}

void ObjectReader::finish() {
    std::unordered_set<std::string> known(m_known.begin(), m_known.end());
    for (auto it = m_object.MemberBegin(); it != m_object.MemberEnd(); ++it) {
        std::string name(it->name.GetString(), it->name.GetStringLength());
        if (known.count(name)) continue;
        m_reporter.keyWarning(field(name),
                              "unknown key '" + name + "' is ignored" + didYouMean(name, m_known));
    }
}

}  // namespace format
