// ShellPattern: BuildKit's pattern compilation and reversal cases, and a randomized comparison
// with std::regex (ECMAScript: leftmost-first backtracking, `.` not matching a newline, as Go's
// regexp) on the same regular expressions BuildKit would build.

#include <catch2/catch.hpp>

#include <random>
#include <regex>
#include <string>
#include <variant>
#include <vector>

#include "passes/expansion/ShellPattern.h"

using namespace dlint::expansion;

namespace {

bool compiles(const std::string& pattern) {
  return std::holds_alternative<ShellPattern>(ShellPattern::compile(pattern, true));
}

struct Piece {
  std::string pattern; ///< as written in a `${v#…}` pattern
  std::string lazy;    ///< the ECMAScript regex BuildKit's conversion gives, shortest form
  std::string greedy;  ///< longest form
};

const std::vector<Piece> kPieces{
    {"a", "a", "a"}, {"b", "b", "b"}, {"?", ".", "."}, {"*", ".*?", ".*"}, {"\\*", "\\*", "\\*"}, {"\n", "\n", "\n"},
};

std::string regexOf(const std::vector<Piece>& pieces, bool greedy) {
  std::string re;
  for (const Piece& p : pieces)
    re += greedy ? p.greedy : p.lazy;
  return re;
}

std::string patternOf(const std::vector<Piece>& pieces) {
  std::string s;
  for (const Piece& p : pieces)
    s += p.pattern;
  return s;
}

std::string reversed(std::string s) { return {s.rbegin(), s.rend()}; }

/// BuildKit's trimPrefix with std::regex as the regexp engine.
std::string regexTrimPrefix(const std::string& re, const std::string& value) {
  std::smatch m;
  if (!std::regex_search(value, m, std::regex("^" + re)))
    return value;
  return value.substr(static_cast<std::size_t>(m.length(0)));
}

/// Go's Regexp.ReplaceAllString loop, with std::regex finding each match (ASCII only).
std::string regexReplaceAll(const std::string& re, const std::string& value, const std::string& repl) {
  const std::regex rx(re);
  std::string out;
  std::size_t lastMatchEnd = 0;
  std::size_t searchPos = 0;
  while (searchPos <= value.size()) {
    std::smatch m;
    const auto flags = searchPos == 0 ? std::regex_constants::match_default : std::regex_constants::match_prev_avail;
    if (!std::regex_search(value.begin() + static_cast<std::ptrdiff_t>(searchPos), value.end(), m, rx, flags))
      break;
    const std::size_t begin = searchPos + static_cast<std::size_t>(m.position(0));
    const std::size_t end = begin + static_cast<std::size_t>(m.length(0));
    out += value.substr(lastMatchEnd, begin - lastMatchEnd);
    if (end > lastMatchEnd || begin == 0)
      out += repl;
    lastMatchEnd = end;
    const std::size_t width = searchPos < value.size() ? 1 : 0;
    if (searchPos + width > end)
      searchPos += width;
    else if (searchPos + 1 > end)
      ++searchPos;
    else
      searchPos = end;
  }
  return out + value.substr(lastMatchEnd);
}

} // namespace

TEST_CASE("patterns compile as BuildKit's convertShellPatternToRegex", "[expansion][pattern]") {
  CHECK(compiles("*"));
  CHECK(compiles("?"));
  CHECK(compiles("\\*"));
  CHECK(compiles("(()[]{\\}^$.\\*\\?|\\\\"));
  CHECK(compiles("a\\/b\\}"));
  CHECK_FALSE(compiles("\\"));
  CHECK_FALSE(compiles("\\x"));
  CHECK_FALSE(compiles("\\\\\\"));
  const auto error = ShellPattern::compile("ab\\q", false);
  REQUIRE(std::holds_alternative<std::string>(error));
  CHECK(std::get<std::string>(error) == "invalid escape '\\q'");
  // A run of stars is one token, so 5,000 stars cost no more than one.
  const auto stars = ShellPattern::compile(std::string(5000, '*') + "a" + std::string(5000, '*'), true);
  REQUIRE(std::holds_alternative<ShellPattern>(stars));
  CHECK(std::get<ShellPattern>(stars).tokenCount() == 3);
}

TEST_CASE("reversePattern keeps escape pairs in order", "[expansion][pattern]") {
  CHECK(reversePattern("a\\*c") == "c\\*a");
  CHECK(reversePattern("\\\\\\ab") == "b\\a\\\\");
  CHECK(reversePattern("ab\\") == "\\ba");
  CHECK(reversePattern("\U0001F47D\\\U0001F680\U0001F596") == "\U0001F596\\\U0001F680\U0001F47D");
  CHECK(reversePattern("\\\\b") == "b\\\\");
  CHECK(reversePattern("") == "");
}

TEST_CASE("pattern operations agree with std::regex on random inputs", "[expansion][pattern]") {
  std::mt19937 rng(20240601);
  const std::string valueAlphabet = "ab*\n";
  std::uniform_int_distribution<std::size_t> pieceCount(0, 6);
  std::uniform_int_distribution<std::size_t> pieceIndex(0, kPieces.size() - 1);
  std::uniform_int_distribution<std::size_t> valueLength(0, 9);
  std::uniform_int_distribution<std::size_t> valueChar(0, valueAlphabet.size() - 1);

  for (int iteration = 0; iteration < 2000; ++iteration) {
    std::vector<Piece> pieces(pieceCount(rng));
    for (Piece& p : pieces)
      p = kPieces[pieceIndex(rng)];
    std::string value(valueLength(rng), ' ');
    for (char& c : value)
      c = valueAlphabet[valueChar(rng)];
    const std::string pattern = patternOf(pieces);
    const std::vector<Piece> backwards(pieces.rbegin(), pieces.rend());
    INFO("pattern '" << pattern << "' value '" << value << "'");

    CHECK(trimPrefix(pattern, value, false).value == regexTrimPrefix(regexOf(pieces, false), value));
    CHECK(trimPrefix(pattern, value, true).value == regexTrimPrefix(regexOf(pieces, true), value));
    CHECK(trimSuffix(pattern, value, false).value ==
          reversed(regexTrimPrefix(regexOf(backwards, false), reversed(value))));
    CHECK(trimSuffix(pattern, value, true).value ==
          reversed(regexTrimPrefix(regexOf(backwards, true), reversed(value))));

    std::smatch m;
    std::string first = value;
    if (std::regex_search(value, m, std::regex(regexOf(pieces, true))))
      first = value.substr(0, static_cast<std::size_t>(m.position(0))) + "R" +
              value.substr(static_cast<std::size_t>(m.position(0) + m.length(0)));
    CHECK(replaceMatches(pattern, "R", value, false).value == first);
    CHECK(replaceMatches(pattern, "R", value, true).value == regexReplaceAll(regexOf(pieces, true), value, "R"));
  }
}
