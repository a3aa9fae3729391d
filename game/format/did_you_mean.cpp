// Edit distance and nearest-name suggestions for misspelt keys and ids.
#include "format/json_prelude.h"

#include "format/did_you_mean.h"

#include <algorithm>
#include <cstdlib>

namespace format {
namespace {
constexpr std::size_t kMaxSuggestLength = 64;
}  // namespace

int editDistance(std::string_view a, std::string_view b) {
    std::vector<int> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            int substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            diagonal = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitute});
        }
    }
    return row[b.size()];
}

std::string nearestName(std::string_view name, const std::vector<std::string>& candidates) {
    // Allow about one typo per three characters, at least 2, so "hunegr" finds "hunger".
    const int limit = std::max(2, static_cast<int>(name.size()) / 3);
    std::string best;
    if (name.size() > kMaxSuggestLength) return best;  // no typo is that long; keeps hostile input cheap
    int bestDistance = limit + 1;
    for (const std::string& c : candidates) {
        const int lengthGap = std::abs(static_cast<int>(c.size()) - static_cast<int>(name.size()));
        if (lengthGap > limit || c.size() > kMaxSuggestLength) continue;
        int d = editDistance(name, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

std::string didYouMean(std::string_view name, const std::vector<std::string>& candidates) {
    std::string best = nearestName(name, candidates);
    return best.empty() ? std::string() : " (did you mean '" + best + "'?)";
}

}  // namespace format
