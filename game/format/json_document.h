// Internal: turns raw file bytes into a checked rapidjson document plus a field-path → line:column map.
#pragma once

#include "format/json_prelude.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "format/diagnostic.h"

namespace format {

/// Limits on any JSON file we read.
inline constexpr std::size_t kMaxFileBytes = 4u * 1024u * 1024u;
inline constexpr int kMaxNestingDepth = 64;

/// Where each field of a parsed file starts, by field path ("episodes[2].start_s").
class SourceMap {
public:
    /// Builds the line index of text (which must outlive this map).
    explicit SourceMap(std::string_view text);
    /// 1-based line and column (in UTF-8 characters) of a byte offset.
    std::pair<int, int> lineColumn(std::size_t offset) const;
    /// Records where a value starts; the first record for a path wins.
    void recordValue(const std::string& path, std::size_t offset);
    /// Records where the key naming a field starts.
    void recordKey(const std::string& path, std::size_t offset);
    /// Offset of a field's value (or its nearest recorded parent), and whether one was found.
    bool findValue(const std::string& path, std::size_t* offset) const;
    /// Offset of a field's key, falling back to its value.
    bool findKey(const std::string& path, std::size_t* offset) const;
    /// Offset of the second occurrence of a repeated key, falling back to findKey.
    bool findRepeatedKey(const std::string& path, std::size_t* offset) const;
    /// Number of recorded paths (capped to bound memory on huge inputs).
    std::size_t size() const { return m_values.size(); }
    /// Runs the recording pass the first time a location is asked for: valid files never pay
    /// for it, files with problems pay once.
    void ensureBuilt() const;

private:
    std::string_view m_text;
    std::vector<std::size_t> m_lineStarts;
    // A lazily built cache, hence mutable: filled by ensureBuilt() on the first lookup.
    mutable bool m_built = false;
    mutable std::unordered_map<std::string, std::size_t> m_values;
    mutable std::unordered_map<std::string, std::size_t> m_keys;
    mutable std::unordered_map<std::string, std::size_t> m_repeatedKeys;
};

/// A parsed file: its text (BOM stripped), the DOM and the source map.
struct JsonDocument {
    std::string text;
    rapidjson::Document dom;
    std::unique_ptr<SourceMap> map;
};

/// Checks limits, strips a BOM, parses and maps bytes; on failure adds errors and returns null.
std::unique_ptr<JsonDocument> parseJson(std::string_view bytes, const std::string& displayPath,
                                        std::vector<Diagnostic>& out);

/// Reads a whole file into bytes, refusing files over kMaxFileBytes; adds an error on failure.
bool readFileBytes(const std::string& path, std::string* bytes, std::vector<Diagnostic>& out);

/// Joins a field path and a key: ("baby", "age_weeks") → "baby.age_weeks".
std::string childPath(const std::string& parent, std::string_view key);
/// Joins a field path and an index: ("episodes", 2) → "episodes[2]".
std::string indexPath(const std::string& parent, std::size_t index);

}  // namespace format
