// "Did you mean": the nearest known name to a misspelt one, by edit distance.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace format {

/// Levenshtein distance between two byte strings.
int editDistance(std::string_view a, std::string_view b);

/// The candidate nearest to name, or "" if none is close enough to be a plausible typo.
std::string nearestName(std::string_view name, const std::vector<std::string>& candidates);

/// " (did you mean 'x'?)" for the nearest candidate, or "" when nothing is close.
std::string didYouMean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace format
