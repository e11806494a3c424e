#pragma once
// "Did you mean ...?" suggestions by edit distance.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::frontend {

/// Levenshtein distance, compared case-insensitively (ASCII).
std::size_t editDistance(std::string_view a, std::string_view b);

/// The closest candidate when it is close enough to be a likely typo: at most 2 edits, and
/// fewer edits than the word's length.
std::optional<std::string> suggest(std::string_view word, const std::vector<std::string_view>& candidates);

} // namespace dlint::frontend
