// Shared helpers for the content tests: the shipped catalog and levels, and a tiny reader for
// levels/index.json (chapters and level ids in play order). No JSON library: a small scanner that
// understands just enough JSON (objects, arrays, strings, numbers, literals) to walk the index.
#pragma once

#include <cctype>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/catalog_def.h"
#include "core/level_def.h"

namespace content_test {

struct Chapter {
    std::string id;
    std::string title;
    std::vector<std::string> levels;  ///< level ids, file levels/ID.json
};

inline std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// A minimal JSON value: enough for the campaign index.
struct MiniJson {
    enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
    std::string text;                                   ///< String
    std::vector<MiniJson> items;                        ///< Array
    std::vector<std::pair<std::string, MiniJson>> members;  ///< Object, in file order

    const MiniJson* get(const std::string& key) const {
        for (const auto& m : members)
            if (m.first == key) return &m.second;
        return nullptr;
    }
};

class MiniParser {
public:
    explicit MiniParser(const std::string& s) : m_s(s) {}

    MiniJson parseDocument() {
        MiniJson v = value();
        skip();
        if (m_i != m_s.size()) fail("trailing text");
        return v;
    }

private:
    const std::string& m_s;
    std::size_t m_i = 0;

    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error("index.json: " + what + " at byte " + std::to_string(m_i));
    }
    void skip() {
        while (m_i < m_s.size()) {
            if (std::isspace(static_cast<unsigned char>(m_s[m_i]))) ++m_i;
            else if (m_s.compare(m_i, 2, "//") == 0) m_i = m_s.find('\n', m_i) == std::string::npos ? m_s.size() : m_s.find('\n', m_i);
            else if (m_s.compare(m_i, 2, "/*") == 0) {
                const std::size_t end = m_s.find("*/", m_i + 2);
                if (end == std::string::npos) fail("unclosed comment");
                m_i = end + 2;
            } else break;
        }
    }
    char peek() {
        skip();
        if (m_i >= m_s.size()) fail("unexpected end");
        return m_s[m_i];
    }
    std::string string() {
        if (peek() != '"') fail("expected a string");
        ++m_i;
        std::string out;
        while (m_i < m_s.size() && m_s[m_i] != '"') {
            if (m_s[m_i] == '\\') {
                ++m_i;
                if (m_i >= m_s.size()) fail("bad escape");
                const char c = m_s[m_i];
                out += c == 'n' ? '\n' : c == 't' ? '\t' : c;  // \uXXXX is not needed for ids
            } else {
                out += m_s[m_i];
            }
            ++m_i;
        }
        if (m_i >= m_s.size()) fail("unclosed string");
        ++m_i;
        return out;
    }
    MiniJson value() {
        MiniJson v;
        const char c = peek();
        if (c == '{') {
            v.kind = MiniJson::Object;
            ++m_i;
            if (peek() == '}') { ++m_i; return v; }
            for (;;) {
                if (peek() == '}') { ++m_i; break; }  // trailing comma
                std::string key = string();
                if (peek() != ':') fail("expected ':'");
                ++m_i;
                v.members.emplace_back(std::move(key), value());
                const char d = peek();
                ++m_i;
                if (d == '}') break;
                if (d != ',') fail("expected ',' or '}'");
            }
        } else if (c == '[') {
            v.kind = MiniJson::Array;
            ++m_i;
            if (peek() == ']') { ++m_i; return v; }
            for (;;) {
                if (peek() == ']') { ++m_i; break; }
                v.items.push_back(value());
                const char d = peek();
                ++m_i;
                if (d == ']') break;
                if (d != ',') fail("expected ',' or ']'");
            }
        } else if (c == '"') {
            v.kind = MiniJson::String;
            v.text = string();
        } else {
            const std::size_t start = m_i;
            while (m_i < m_s.size() && (std::isalnum(static_cast<unsigned char>(m_s[m_i])) ||
                                        m_s[m_i] == '-' || m_s[m_i] == '+' || m_s[m_i] == '.'))
                ++m_i;
            if (start == m_i) fail("unexpected character");
            v.text = m_s.substr(start, m_i - start);
            v.kind = v.text == "null" ? MiniJson::Null
                     : (v.text == "true" || v.text == "false") ? MiniJson::Bool
                                                               : MiniJson::Number;
        }
        return v;
    }
};

/// Chapters from levels/index.json, in play order.
inline std::vector<Chapter> readCampaign(const std::string& path) {
    const std::string text = readText(path);
    const MiniJson doc = MiniParser(text).parseDocument();
    std::vector<Chapter> out;
    const MiniJson* chapters = doc.get("chapters");
    if (!chapters || chapters->kind != MiniJson::Array)
        throw std::runtime_error("index.json: no \"chapters\" array");
    for (const MiniJson& c : chapters->items) {
        Chapter ch;
        if (const MiniJson* id = c.get("id")) ch.id = id->text;
        if (const MiniJson* title = c.get("title")) ch.title = title->text;
        if (const MiniJson* levels = c.get("levels"))
            for (const MiniJson& l : levels->items) ch.levels.push_back(l.text);
        out.push_back(std::move(ch));
    }
    return out;
}

}  // namespace content_test
