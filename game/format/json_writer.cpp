// A small pretty JSON emitter: stable order, shortest round-tripping numbers, proper escapes.
#include "format/json_prelude.h"

#include "format/json_writer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace format {

std::string jsonQuote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned char>(c));
                    out += buffer;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

namespace {

/// The shortest text that reads back as exactly x: "%g" digits first, but plain decimals (360, not
/// 3.6e+02) for everyday magnitudes, so saved files read well and diff cleanly.
template <class T, class Parse>
std::string shortestText(T x, int maxDigits, Parse parse) {
    if (!std::isfinite(x)) return "0";  // never written: loaders reject non-finite numbers
    char buffer[64];
    for (int precision = 1; precision <= maxDigits; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, static_cast<double>(x));
        if (parse(buffer) == x) break;
    }
    const double magnitude = std::fabs(static_cast<double>(x));
    if (std::strchr(buffer, 'e') && magnitude >= 1e-4 && magnitude < 1e15) {
        char fixed[64];
        for (int decimals = 0; decimals <= maxDigits; ++decimals) {
            std::snprintf(fixed, sizeof fixed, "%.*f", decimals, static_cast<double>(x));
            if (parse(fixed) == x) return fixed;
        }
    }
    return buffer;
}

}  // namespace

std::string formatFloat(float x) {
    return shortestText(x, 9, [](const char* t) { return std::strtof(t, nullptr); });
}

std::string formatDouble(double x) {
    return shortestText(x, 17, [](const char* t) { return std::strtod(t, nullptr); });
}

void JsonWriter::prefix(std::string_view key) {
    if (!m_counts.empty()) {
        if (m_counts.back()++ > 0) m_out += ",";
        m_out += "\n";
        m_out.append(m_counts.size() * 2, ' ');
    }
    if (!key.empty()) m_out += jsonQuote(key) + ": ";
}

void JsonWriter::raw(std::string_view key, const std::string& text) {
    prefix(key);
    m_out += text;
}

void JsonWriter::beginObject(std::string_view key) {
    prefix(key);
    m_out += "{";
    m_counts.push_back(0);
}

void JsonWriter::beginArray(std::string_view key) {
    prefix(key);
    m_out += "[";
    m_counts.push_back(0);
}

void JsonWriter::close(char bracket) {
    int count = m_counts.back();
    m_counts.pop_back();
    if (count > 0) {
        m_out += "\n";
        m_out.append(m_counts.size() * 2, ' ');
    }
    m_out += bracket;
}

void JsonWriter::endObject() { close('}'); }
void JsonWriter::endArray() { close(']'); }
void JsonWriter::value(std::string_view key, std::string_view s) { raw(key, jsonQuote(s)); }
void JsonWriter::value(std::string_view key, int n) { raw(key, std::to_string(n)); }
void JsonWriter::value(std::string_view key, std::uint64_t n) { raw(key, std::to_string(n)); }
void JsonWriter::value(std::string_view key, float x) { raw(key, formatFloat(x)); }
void JsonWriter::value(std::string_view key, double x) { raw(key, formatDouble(x)); }
void JsonWriter::value(std::string_view key, bool b) { raw(key, b ? "true" : "false"); }

void JsonWriter::stringList(std::string_view key, const std::vector<std::string>& items) {
    beginArray(key);
    for (const std::string& item : items) value({}, item);
    endArray();
}

}  // namespace format
