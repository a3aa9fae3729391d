// Checks on the words players read: grammar (capital first, punctuation last, no double spaces),
// no internal ids, no response names used as verbs, jargon explained, praise only where earned.
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "core/catalog_def.h"
#include "core/enums.h"

namespace testsupport {

inline std::string lowerText(std::string s) {
    for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// snake_case tokens (internal ids such as "caregiver_limit") inside a text.
inline std::vector<std::string> snakeTokens(const std::string& text) {
    std::vector<std::string> found;
    std::string token;
    auto flush = [&] {
        if (token.find('_') != std::string::npos && token.front() != '_' && token.back() != '_')
            found.push_back(token);
        token.clear();
    };
    for (char ch : text) {
        if (std::islower(static_cast<unsigned char>(ch)) || std::isdigit(static_cast<unsigned char>(ch)) || ch == '_')
            token += ch;
        else
            flush();
    }
    flush();
    return found;
}

/// Problems with a sentence a player reads; empty when it is fine. `ids` are internal ids
/// (episode, need, cue, response, level) that must never show as words.
inline std::vector<std::string> sentenceProblems(const std::string& text, const std::vector<std::string>& ids = {}) {
    std::vector<std::string> p;
    if (text.empty()) return {"is empty"};
    if (contains(text, "  ")) p.push_back("has a double space");
    if (text.front() == ' ' || text.back() == ' ') p.push_back("starts or ends with a space");
    const unsigned char first = static_cast<unsigned char>(text.front());
    if (!(std::isupper(first) || std::isdigit(first) || text.front() == '\'' || text.front() == '"'))
        p.push_back("does not start with a capital");
    std::string end = text;
    while (!end.empty() && (end.back() == '\'' || end.back() == '"' || end.back() == ')')) end.pop_back();
    if (end.empty() || (end.back() != '.' && end.back() != '!' && end.back() != '?'))
        p.push_back("does not end with . ! or ?");
    if (contains(text, " .") || contains(text, " ,") || contains(text, "..") || contains(text, ",."))
        p.push_back("has stray punctuation");
    for (const std::string& t : snakeTokens(text)) p.push_back("shows the id '" + t + "'");
    static const std::vector<std::string> kWords{"light-sleep", "skin-to-skin", "face-to-face", "sing-song"};
    for (const std::string& id : ids)
        if (id.find('-') != std::string::npos && std::find(kWords.begin(), kWords.end(), id) == kWords.end() &&
            contains(lowerText(text), id))
            p.push_back("shows the id '" + id + "'");
    if (contains(text, "The baby's caregiver") || contains(text, "baby's your")) p.push_back("gives the caregiver's need to the baby");
    return p;
}

/// "try feed", "try step away safely": a response's button name used as a verb.
inline bool usesNameAsVerb(const std::string& text, const std::vector<core::ResponseDef>& responses) {
    const std::string low = lowerText(text);
    auto hasWord = [&low](const std::string& phrase) {
        for (std::size_t at = low.find(phrase); at != std::string::npos; at = low.find(phrase, at + 1)) {
            const std::size_t end = at + phrase.size();
            if (end == low.size() || !std::isalpha(static_cast<unsigned char>(low[end]))) return true;
        }
        return false;
    };
    for (const core::ResponseDef& r : responses)
        if (hasWord("try " + lowerText(r.name)) || hasWord("try " + r.id)) return true;
    return false;
}

/// Words that praise a choice: never for a mismatch, an intrusion or harm.
inline const std::vector<std::string>& praiseWords() {
    static const std::vector<std::string> words{"is right", "was right", "that was right", "just what",
                                                "well done", "good choice", "exactly what", "great job",
                                                "perfect", "lovely way"};
    return words;
}

/// The first praise word found in a text, or "".
inline std::string praiseIn(const std::string& text) {
    const std::string low = lowerText(text);
    for (const std::string& w : praiseWords())
        if (contains(low, w)) return w;
    return {};
}

/// A term a new parent may not know and what must stand with it in the same text ("" = never use).
struct Jargon {
    std::string term;
    std::vector<std::string> explainedBy;
    bool caseSensitive = false;
};

inline const std::vector<Jargon>& jargonList() {
    static const std::vector<Jargon> list{
        {"PURPLE", {"Peak"}, true},
        {"SIDS", {"sudden infant death syndrome"}, true},
        {"parentese", {"sing-song"}},
        {"arousal", {}},
        {"self-regulat", {}},
        {"latch", {"bottle"}},
        {"breast", {"bottle", "teat"}},
    };
    return list;
}

/// The jargon terms in a text that stand without their explanation.
inline std::vector<std::string> unexplainedJargon(const std::string& text) {
    std::vector<std::string> out;
    const std::string low = lowerText(text);
    for (const Jargon& j : jargonList()) {
        const bool has = j.caseSensitive ? contains(text, j.term) : contains(low, lowerText(j.term));
        if (!has) continue;
        bool explained = false;
        for (const std::string& e : j.explainedBy) explained |= contains(low, lowerText(e));
        if (!explained) out.push_back(j.term);
    }
    return out;
}

}  // namespace testsupport
