// Internal: typed reads of JSON object members that track the field path and report every problem.
#pragma once

#include "format/json_prelude.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "format/diagnostic.h"
#include "format/did_you_mean.h"
#include "format/json_document.h"

namespace format {

/// Adds diagnostics for one file, placed at the line:column of the field they name.
class Reporter {
public:
    Reporter(std::string displayPath, const SourceMap* map, std::vector<Diagnostic>& out)
        : m_displayPath(std::move(displayPath)), m_map(map), m_out(out) {}
    /// An error at a field's value (or its nearest parent when the field is absent).
    void error(const std::string& field, const std::string& message);
    /// A warning at a field's value.
    void warning(const std::string& field, const std::string& message);
    /// A warning at a field's key (for unknown keys).
    void keyWarning(const std::string& field, const std::string& message);
    /// An error at the second occurrence of a repeated key.
    void repeatedKeyError(const std::string& field, const std::string& message);
    /// True if any error was reported through this reporter.
    bool failed() const { return m_errors > 0; }

private:
    enum class Anchor { Value, Key, RepeatedKey };
    void noteDropped(Diagnostic::Severity severity);
    void add(const std::string& field, const std::string& message, Diagnostic::Severity severity,
             Anchor anchor);
    std::string m_displayPath;
    const SourceMap* m_map;
    std::vector<Diagnostic>& m_out;
    int m_errors = 0;
    int m_count = 0;  ///< diagnostics added; capped at kMaxDiagnosticsPerFile
    bool m_droppedShown = false;
    bool m_droppedErrorShown = false;
};

/// After this many problems in one file the rest are summarised in one line.
inline constexpr int kMaxDiagnosticsPerFile = 100;

/// Whether a field must be present.
enum class Need { Required, Optional };

/// "a string", "a number", ... for messages.
std::string describeJson(const rapidjson::Value& v);

bool readValue(Reporter& r, const rapidjson::Value& v, const std::string& path, std::string& out);
bool readValue(Reporter& r, const rapidjson::Value& v, const std::string& path, int& out);
bool readValue(Reporter& r, const rapidjson::Value& v, const std::string& path, float& out);
bool readValue(Reporter& r, const rapidjson::Value& v, const std::string& path, double& out);
bool readValue(Reporter& r, const rapidjson::Value& v, const std::string& path, bool& out);
bool readValue(Reporter& r, const rapidjson::Value& v, const std::string& path, std::uint64_t& out);

/// Reads an enum written by its data name; reports unknown names with the choices.
template <class E, std::size_t N>
bool readEnumValue(Reporter& r, const rapidjson::Value& v, const std::string& path, E& out,
                   const std::array<std::string_view, N>& names) {
    std::string name;
    if (!readValue(r, v, path, name)) return false;
    std::vector<std::string> choices(names.begin(), names.end());
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == name) {
            out = static_cast<E>(i);
            return true;
        }
    }
    std::string list;
    for (const std::string& c : choices) list += (list.empty() ? "" : ", ") + c;
    r.error(path, "unknown value '" + name + "'" + didYouMean(name, choices) +
                      "; expected one of: " + list);
    return false;
}

/// Reads the members of one JSON object; finish() warns about keys nobody asked for.
class ObjectReader {
public:
    /// object must be a JSON object; path is its field path ("" for the root).
    ObjectReader(Reporter& r, const rapidjson::Value& object, std::string path);

    template <class T>
    void read(const char* key, T& out, Need need = Need::Optional) {
        if (const rapidjson::Value* v = member(key, need)) readValue(m_reporter, *v, field(key), out);
    }

    template <class E, std::size_t N>
    void readEnum(const char* key, E& out, const std::array<std::string_view, N>& names,
                  Need need = Need::Optional) {
        if (const rapidjson::Value* v = member(key, need))
            readEnumValue(m_reporter, *v, field(key), out, names);
    }

    /// Reads an array; each(element, elementPath) is called per element.
    template <class F>
    void readArray(const char* key, Need need, F&& each) {
        const rapidjson::Value* v = member(key, need);
        if (!v) return;
        if (!v->IsArray()) {
            m_reporter.error(field(key), "expected an array [...], found " + describeJson(*v));
            return;
        }
        for (rapidjson::SizeType i = 0; i < v->Size(); ++i) each((*v)[i], indexPath(field(key), i));
    }

    /// Reads an array of scalars into a vector.
    template <class T>
    void readList(const char* key, std::vector<T>& out, Need need = Need::Optional) {
        readArray(key, need, [&](const rapidjson::Value& v, const std::string& path) {
            T item{};
            if (readValue(m_reporter, v, path, item)) out.push_back(item);
        });
    }

    /// Reads an array of enum data names into a vector.
    template <class E, std::size_t N>
    void readEnumList(const char* key, std::vector<E>& out, const std::array<std::string_view, N>& names,
                      Need need = Need::Optional) {
        readArray(key, need, [&](const rapidjson::Value& v, const std::string& path) {
            E item{};
            if (readEnumValue(m_reporter, v, path, item, names)) out.push_back(item);
        });
    }

    /// Reads an array of objects; each(ObjectReader&) is called per element.
    template <class F>
    void readObjects(const char* key, Need need, F&& each) {
        readArray(key, need, [&](const rapidjson::Value& v, const std::string& path) {
            if (!v.IsObject()) {
                m_reporter.error(path, "expected an object {...}, found " + describeJson(v));
                return;
            }
            ObjectReader child(m_reporter, v, path);
            each(child);
            child.finish();
        });
    }

    /// Reads a nested object; each(ObjectReader&) is called once if it is present.
    template <class F>
    void readObject(const char* key, Need need, F&& each) {
        const rapidjson::Value* v = member(key, need);
        if (!v) return;
        if (!v->IsObject()) {
            m_reporter.error(field(key), "expected an object {...}, found " + describeJson(*v));
            return;
        }
        ObjectReader child(m_reporter, *v, field(key));
        each(child);
        child.finish();
    }

    /// True if the key is present.
    bool has(const char* key) const;
    /// The field path of a key in this object.
    std::string field(std::string_view key) const { return childPath(m_path, key); }
    /// The field path of this object.
    const std::string& path() const { return m_path; }
    /// The reporter, for semantic errors.
    Reporter& reporter() { return m_reporter; }
    /// Warns about every key that no read asked for, suggesting the nearest known key.
    void finish();

private:
    const rapidjson::Value* member(const char* key, Need need);

    Reporter& m_reporter;
    const rapidjson::Value& m_object;
    std::string m_path;
    std::vector<std::string> m_known;
};

}  // namespace format
