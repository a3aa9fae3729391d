// Writes pretty-printed JSON in a stable order for review-friendly diffs (2-space indent, newline at end).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace format {

/// Builds JSON text one key or value at a time; the caller decides the key order.
class JsonWriter {
public:
    /// Opens an object, as a value or as the member `key` of the current object.
    void beginObject(std::string_view key = {});
    void endObject();
    /// Opens an array, as a value or as the member `key`.
    void beginArray(std::string_view key = {});
    void endArray();
    void value(std::string_view key, std::string_view s);
    void value(std::string_view key, const char* s) { value(key, std::string_view(s)); }
    void value(std::string_view key, const std::string& s) { value(key, std::string_view(s)); }
    void value(std::string_view key, int n);
    void value(std::string_view key, std::uint64_t n);
    /// Shortest text that reads back to the same float.
    void value(std::string_view key, float x);
    /// Shortest text that reads back to the same double.
    void value(std::string_view key, double x);
    void value(std::string_view key, bool b);
    /// Writes an array of strings.
    void stringList(std::string_view key, const std::vector<std::string>& items);
    /// The finished text, with a trailing newline.
    std::string finish() const { return m_out + "\n"; }

private:
    void prefix(std::string_view key);
    void raw(std::string_view key, const std::string& text);
    void close(char bracket);

    std::string m_out;
    std::vector<int> m_counts;  ///< items written so far in each open container
};

/// JSON string literal with escapes, e.g. "a\"b".
std::string jsonQuote(std::string_view s);
/// Shortest decimal text that parses back to exactly this float.
std::string formatFloat(float x);
/// Shortest decimal text that parses back to exactly this double.
std::string formatDouble(double x);

}  // namespace format
