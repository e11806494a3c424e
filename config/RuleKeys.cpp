#include "config/RuleKeys.h"

#include <algorithm>
#include <cctype>

#include "output/RuleCatalog.h"

namespace dlint::config {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

bool aliasIs(std::string_view alias, std::string_view id) {
  return equalsIgnoreCase(alias, id) || equalsIgnoreCase(alias.substr(alias.find(':') + 1), id);
}

std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                        std::tolower(static_cast<unsigned char>(b[j - 1]));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

} // namespace

std::vector<std::string> codesNamedBy(std::string_view key) {
  std::vector<std::string> codes;
  if (key.empty()) return codes;
  for (const output::CatalogEntry& entry : output::ruleCatalog()) {
    bool named = equalsIgnoreCase(entry.code, key) || entry.name == key ||
                 std::any_of(entry.aliases.begin(), entry.aliases.end(),
                             [&](std::string_view alias) { return aliasIs(alias, key); });
    if (named) codes.emplace_back(entry.code);
  }
  return codes;
}

bool patternMatchesAnything(std::string_view pattern) {
  if (pattern.empty()) return false;
  if (!codesNamedBy(pattern).empty()) return true;
  return std::any_of(output::ruleCatalog().begin(), output::ruleCatalog().end(),
                     [&](const output::CatalogEntry& entry) {
                       return entry.code.size() >= pattern.size() &&
                              equalsIgnoreCase(entry.code.substr(0, pattern.size()), pattern);
                     });
}

std::vector<std::string> suggestRuleKeys(std::string_view key) {
  struct Candidate {
    std::size_t distance;
    std::string text;
  };
  std::vector<Candidate> candidates;
  // Close enough to be a typo: a third of the key's length, at least one edit.
  const std::size_t limit = std::max<std::size_t>(1, key.size() / 3);
  auto consider = [&](std::string_view text) {
    const std::size_t distance = editDistance(key, text);
    if (distance > limit) return;
    if (std::none_of(candidates.begin(), candidates.end(), [&](const Candidate& c) { return c.text == text; }))
      candidates.push_back({distance, std::string(text)});
  };
  for (const output::CatalogEntry& entry : output::ruleCatalog()) {
    consider(entry.code);
    consider(entry.name);
    for (std::string_view alias : entry.aliases)
      consider(alias.substr(alias.find(':') + 1));
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.distance < b.distance; });
  std::vector<std::string> best;
  for (std::size_t i = 0; i < candidates.size() && i < 3; ++i)
    best.push_back(candidates[i].text);
  return best;
}

std::string didYouMean(const std::vector<std::string>& suggestions) {
  if (suggestions.empty()) return {};
  std::string text = "; did you mean ";
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    if (i != 0) text += i + 1 == suggestions.size() ? " or " : ", ";
    text += "'" + suggestions[i] + "'";
  }
  return text + "?";
}

} // namespace dlint::config
