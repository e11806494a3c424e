#include "frontend/Suggest.h"

#include <algorithm>
#include <numeric>

#include "frontend/Text.h"

namespace dlint::frontend {

std::size_t editDistance(std::string_view a, std::string_view b) {
  std::string x = toLowerAscii(a), y = toLowerAscii(b);
  std::vector<std::size_t> row(y.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[y.size()];
}

std::optional<std::string> suggest(std::string_view word, const std::vector<std::string_view>& candidates) {
  // Long inputs cannot be typos of short keywords; skip the quadratic work.
  if (word.empty() || word.size() > 64)
    return std::nullopt;
  std::optional<std::string> best;
  std::size_t bestDistance = 3;
  for (std::string_view candidate : candidates) {
    std::size_t d = editDistance(word, candidate);
    if (d < bestDistance && d < word.size()) {
      bestDistance = d;
      best = std::string(candidate);
    }
  }
  return best;
}

} // namespace dlint::frontend
