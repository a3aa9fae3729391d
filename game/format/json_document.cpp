// Hardened JSON parsing: limits, BOM, NUL bytes, rapidjson errors as line:column, and a SAX pass
// that records where every field starts.
#include "format/json_prelude.h"

#include "format/json_document.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace format {
namespace {

constexpr std::size_t kMaxRecordedPaths = 100000;

// A StringStream of our own type: rapidjson copies plain StringStreams inside its parse functions
// (so Tell() on the caller's copy goes stale); a derived type is parsed by reference instead.
struct TrackingStream : rapidjson::StringStream {
    explicit TrackingStream(const char* src) : rapidjson::StringStream(src) {}
};

// Records the start offset of every value and key, and stops at kMaxNestingDepth.
class LocationHandler {
public:
    /// With map null, only checks the depth limit (the fast pass every file gets).
    LocationHandler(const TrackingStream& stream, std::string_view text, SourceMap* map)
        : m_stream(stream), m_text(text), m_map(map) {}

    bool Null() { return value(); }
    bool Bool(bool) { return value(); }
    bool Int(int) { return value(); }
    bool Uint(unsigned) { return value(); }
    bool Int64(std::int64_t) { return value(); }
    bool Uint64(std::uint64_t) { return value(); }
    bool Double(double) { return value(); }
    bool RawNumber(const char*, rapidjson::SizeType, bool) { return value(); }
    bool String(const char*, rapidjson::SizeType, bool) { return value(); }
    bool StartObject() { return open(false); }
    bool StartArray() { return open(true); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool EndArray(rapidjson::SizeType) { return close(); }
    bool Key(const char* str, rapidjson::SizeType length, bool) {
        std::size_t start = tokenStart();
        if (m_map) m_frames.back().key.assign(str, length);
        if (recording()) m_map->recordKey(childPath(m_frames.back().path, m_frames.back().key), start);
        m_previousEnd = m_stream.Tell();
        return true;
    }

    bool depthExceeded() const { return m_depthExceeded; }
    std::size_t depthOffset() const { return m_depthOffset; }

private:
    struct Frame {
        std::string path;
        bool isArray = false;
        std::size_t index = 0;
        std::string key;
    };

    bool recording() const { return m_map && m_map->size() < kMaxRecordedPaths; }

    // The offset where the token that just ended began: skip separators, spaces and comments.
    std::size_t tokenStart() const {
        std::size_t i = m_previousEnd;
        while (i < m_text.size()) {
            char c = m_text[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':') {
                ++i;
            } else if (c == '/' && i + 1 < m_text.size() && m_text[i + 1] == '/') {
                while (i < m_text.size() && m_text[i] != '\n') ++i;
            } else if (c == '/' && i + 1 < m_text.size() && m_text[i + 1] == '*') {
                std::size_t end = m_text.find("*/", i + 2);
                i = end == std::string_view::npos ? m_text.size() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    std::string currentPath() {
        if (m_frames.empty()) return std::string();
        Frame& top = m_frames.back();
        if (top.isArray) return indexPath(top.path, top.index++);
        return childPath(top.path, top.key);
    }

    bool value() {
        if (recording()) m_map->recordValue(currentPath(), tokenStart());
        m_previousEnd = m_stream.Tell();
        return true;
    }

    bool open(bool isArray) {
        std::size_t start = tokenStart();
        if (static_cast<int>(m_frames.size()) >= kMaxNestingDepth) {
            m_depthExceeded = true;
            m_depthOffset = start;
            return false;
        }
        Frame frame;
        frame.isArray = isArray;
        if (recording()) {
            frame.path = currentPath();
            m_map->recordValue(frame.path, start);
        }
        m_frames.push_back(std::move(frame));
        m_previousEnd = start + 1;  // the iterative parser calls us before it consumes the bracket
        return true;
    }

    bool close() {
        m_frames.pop_back();
        m_previousEnd = tokenStart() + 1;
        return true;
    }

    const TrackingStream& m_stream;
    std::string_view m_text;
    SourceMap* m_map;
    std::vector<Frame> m_frames;
    std::size_t m_previousEnd = 0;
    bool m_depthExceeded = false;
    std::size_t m_depthOffset = 0;
};

Diagnostic fileError(const std::string& displayPath, std::string message) {
    Diagnostic d;
    d.path = displayPath;
    d.message = std::move(message);
    return d;
}

Diagnostic errorAt(const std::string& displayPath, const SourceMap& map, std::size_t offset,
                   std::string message) {
    Diagnostic d = fileError(displayPath, std::move(message));
    auto [line, column] = map.lineColumn(offset);
    d.line = line;
    d.column = column;
    return d;
}

bool startsWithWord(std::string_view text, std::size_t offset, std::string_view word) {
    return text.substr(offset, word.size()) == word;
}

std::string parseErrorMessage(rapidjson::ParseErrorCode code, std::string_view text,
                              std::size_t offset) {
    for (std::string_view word : {"NaN", "Infinity", "-Infinity", "Inf", "-Inf", "nan", "inf"})
        if (startsWithWord(text, offset, word))
            return "invalid JSON: '" + std::string(word) +
                   "' is not a number JSON allows; write a finite number";
    if (offset < text.size() && static_cast<unsigned char>(text[offset]) < 0x20 &&
        (code == rapidjson::kParseErrorStringEscapeInvalid ||
         code == rapidjson::kParseErrorStringMissQuotationMark))
        return "invalid JSON: string is not closed before the end of the line (missing '\"'?)";
    if (code == rapidjson::kParseErrorNumberTooBig)
        return "invalid JSON: number too big; write a finite number";
    if (code == rapidjson::kParseErrorStringInvalidEncoding)
        return "invalid JSON: text is not valid UTF-8; save the file as UTF-8";
    std::string message = rapidjson::GetParseError_En(code);
    if (!message.empty() && message.back() == '.') message.pop_back();
    if (!message.empty()) message[0] = static_cast<char>(std::tolower(message[0]));
    return "invalid JSON: " + message;
}

// Byte checks before any parsing: size, UTF-16, NUL, emptiness. Returns false with an error added.
bool checkBytes(std::string_view bytes, const std::string& displayPath, std::vector<Diagnostic>& out) {
    if (bytes.size() > kMaxFileBytes) {
        out.push_back(fileError(displayPath, "file is too large (" + std::to_string(bytes.size()) +
                                                 " bytes; the limit is 4 MiB)"));
        return false;
    }
    if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                              (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
        out.push_back(fileError(displayPath, "file is UTF-16; save it as UTF-8"));
        return false;
    }
    return true;
}

// rapidjson 1.1.0's UTF-8 validation reads up to three bytes past a truncated multi-byte sequence
// at the very end of the text (found by fuzzing): parse from a copy with NUL padding.
std::string paddedForParse(std::string_view text) {
    std::string padded;
    padded.reserve(text.size() + 4);
    padded.append(text.data(), text.size());
    padded.append(4, '\0');
    return padded;
}

// Nesting depth of a value, counting stops just past the limit so the recursion stays bounded.
int depthOf(const rapidjson::Value& v, int depth) {
    if (depth > kMaxNestingDepth) return depth;
    int deepest = depth;
    if (v.IsObject()) {
        for (auto it = v.MemberBegin(); it != v.MemberEnd() && deepest <= kMaxNestingDepth; ++it)
            deepest = std::max(deepest, depthOf(it->value, depth + 1));
        return std::max(deepest, depth + 1);
    }
    if (v.IsArray()) {
        for (auto it = v.Begin(); it != v.End() && deepest <= kMaxNestingDepth; ++it)
            deepest = std::max(deepest, depthOf(*it, depth + 1));
        return std::max(deepest, depth + 1);
    }
    return depth;
}

}  // namespace

SourceMap::SourceMap(std::string_view text) : m_text(text) {
    m_lineStarts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') m_lineStarts.push_back(i + 1);
}

std::pair<int, int> SourceMap::lineColumn(std::size_t offset) const {
    if (offset > m_text.size()) offset = m_text.size();
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    std::size_t lineIndex = static_cast<std::size_t>(it - m_lineStarts.begin()) - 1;
    int column = 1;
    for (std::size_t i = m_lineStarts[lineIndex]; i < offset; ++i)
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80) ++column;  // count UTF-8 characters
    return {static_cast<int>(lineIndex) + 1, column};
}

void SourceMap::recordValue(const std::string& path, std::size_t offset) {
    m_values.emplace(path, offset);
}

void SourceMap::recordKey(const std::string& path, std::size_t offset) {
    if (!m_keys.emplace(path, offset).second) m_repeatedKeys.emplace(path, offset);
}

void SourceMap::ensureBuilt() const {
    if (m_built) return;
    m_built = true;
    // m_text outlives this map (it is the JsonDocument's text), and parsed once already.
    const std::string text = paddedForParse(m_text);
    TrackingStream stream(text.c_str());
    LocationHandler handler(stream, text, const_cast<SourceMap*>(this));
    rapidjson::Reader reader;
    reader.Parse<rapidjson::kParseDefaultFlags>(stream, handler);
}

bool SourceMap::findRepeatedKey(const std::string& path, std::size_t* offset) const {
    ensureBuilt();
    auto it = m_repeatedKeys.find(path);
    if (it == m_repeatedKeys.end()) return findKey(path, offset);
    *offset = it->second;
    return true;
}

bool SourceMap::findValue(const std::string& path, std::size_t* offset) const {
    ensureBuilt();
    std::string p = path;
    while (true) {
        auto it = m_values.find(p);
        if (it != m_values.end()) {
            *offset = it->second;
            return true;
        }
        if (p.empty()) return false;
        std::size_t cut = p.find_last_of(".[");
        p = cut == std::string::npos ? std::string() : p.substr(0, cut);
    }
}

bool SourceMap::findKey(const std::string& path, std::size_t* offset) const {
    ensureBuilt();
    auto it = m_keys.find(path);
    if (it != m_keys.end()) {
        *offset = it->second;
        return true;
    }
    return findValue(path, offset);
}

std::string childPath(const std::string& parent, std::string_view key) {
    return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

std::string indexPath(const std::string& parent, std::size_t index) {
    return parent + "[" + std::to_string(index) + "]";
}

std::unique_ptr<JsonDocument> parseJson(std::string_view bytes, const std::string& displayPath,
                                        std::vector<Diagnostic>& out) {
    if (!checkBytes(bytes, displayPath, out)) return nullptr;
    auto doc = std::make_unique<JsonDocument>();
    doc->text.assign(bytes.data(), bytes.size());
    if (doc->text.compare(0, 3, "\xEF\xBB\xBF") == 0) doc->text.erase(0, 3);
    doc->map = std::make_unique<SourceMap>(doc->text);
    const std::string& text = doc->text;
    std::size_t nul = text.find('\0');
    if (nul != std::string::npos) {
        out.push_back(errorAt(displayPath, *doc->map, nul,
                              "file contains a NUL byte; is it binary? Save it as UTF-8 text"));
        return nullptr;
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        out.push_back(fileError(displayPath,
                                "file is empty; expected a JSON object starting with "
                                "{\"format_version\": 1"));
        return nullptr;
    }
    // One DOM parse (iterative: no recursion on deep input); syntax errors carry their offset.
    const std::string padded = paddedForParse(text);
    doc->dom.Parse(padded.c_str());
    if (doc->dom.HasParseError()) {
        out.push_back(errorAt(displayPath, *doc->map, doc->dom.GetErrorOffset(),
                              parseErrorMessage(doc->dom.GetParseError(), text,
                                                doc->dom.GetErrorOffset())));
        return nullptr;
    }
    if (depthOf(doc->dom, 0) > kMaxNestingDepth) {
        // Rare: pay for a SAX pass that stops at the limit to say where it was crossed.
        TrackingStream stream(padded.c_str());
        LocationHandler handler(stream, text, nullptr);
        rapidjson::Reader reader;
        reader.Parse<rapidjson::kParseDefaultFlags>(stream, handler);
        out.push_back(errorAt(displayPath, *doc->map, handler.depthOffset(),
                              "nesting is deeper than " + std::to_string(kMaxNestingDepth) +
                                  " levels"));
        return nullptr;
    }
    if (!doc->dom.IsObject()) {
        out.push_back(errorAt(displayPath, *doc->map, 0,
                              "expected a JSON object {...} at the top of the file"));
        return nullptr;
    }
    return doc;
}

bool readFileBytes(const std::string& path, std::string* bytes, std::vector<Diagnostic>& out) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        out.push_back(fileError(path, "is a folder, not a file"));
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        out.push_back(fileError(path, "cannot open the file for reading"));
        return false;
    }
    in.seekg(0, std::ios::end);
    std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    if (size < 0) {
        out.push_back(fileError(path, "cannot read the file (is it a folder?)"));
        return false;
    }
    if (static_cast<std::size_t>(size) > kMaxFileBytes) {
        out.push_back(fileError(path, "file is too large (" + std::to_string(size) +
                                          " bytes; the limit is 4 MiB)"));
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        out.push_back(fileError(path, "cannot read the file"));
        return false;
    }
    *bytes = buffer.str();
    return true;
}

}  // namespace format
