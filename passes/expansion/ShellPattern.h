#pragma once
// The patterns of `${v#p}` `${v##p}` `${v%p}` `${v%%p}` `${v/p/r}` `${v//p/r}`, with the
// results BuildKit gets from Go's regexp package, computed without regular expressions.
//
// BuildKit (lex.go convertShellPatternToRegex) turns a pattern into a Go regexp: `*` is `.*?`
// (shortest forms) or `.*` (longest forms and replacements), `?` is `.`; neither matches a
// newline, as Go's `.` does not. `\*` `\?` `\\` are literal, a `\` before `}` or `/` is
// dropped, any other `\x` is an error; there are no `[...]` classes. Suffix trimming reverses
// the pattern and the value and trims a prefix.
//
// Matching runs a Pike VM over the pattern's tokens with Go's leftmost-first thread priority,
// so results equal Go's, and the time is O(runes × pattern tokens) per search whatever the
// input (no backtracking). Runs of `*` are merged first: `*****` is one token.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace dlint::expansion {

class ShellPattern {
public:
  /// Compiles `pattern` as BuildKit does; on failure, BuildKit's message ("invalid escape '\x'").
  static std::variant<ShellPattern, std::string> compile(std::string_view pattern, bool greedy);

  /// Rune indices [begin, end).
  struct Span {
    std::size_t begin;
    std::size_t end;
  };

  /// The match Go's regexp would report: leftmost start at or after `from` (only `from` when
  /// anchored), then the highest-priority end (shortest with lazy stars, longest with greedy).
  std::optional<Span> find(const std::vector<char32_t>& runes, std::size_t from, bool anchored) const;

  std::size_t tokenCount() const { return tokens_.size(); }

private:
  enum class Kind : unsigned char { Literal, AnyRune, Star };
  struct Token {
    Kind kind;
    char32_t rune;
  };

  std::vector<Token> tokens_;
  bool greedy_ = false;
};

/// Result of a pattern operation: the new value, or BuildKit's error message.
struct PatternResult {
  std::string value;
  std::optional<std::string> error;
};

/// `${v#p}` (greedy = false) and `${v##p}`.
PatternResult trimPrefix(std::string_view pattern, std::string_view value, bool greedy);
/// `${v%p}` (greedy = false) and `${v%%p}`. As in BuildKit, the value goes through Go's []rune
/// conversion, so malformed bytes come back as U+FFFD.
PatternResult trimSuffix(std::string_view pattern, std::string_view value, bool greedy);
/// `${v/p/r}` (all = false) replaces the first match; `${v//p/r}` replaces every match with
/// Go's Regexp.ReplaceAllString, where `$0` / `${0}` in the replacement is the match, `$$` is
/// `$`, and any other `$name` is empty.
PatternResult replaceMatches(std::string_view pattern, std::string_view replacement,
                             std::string_view value, bool all);

/// BuildKit's reversePattern: reverses runes but keeps each `\x` pair in order (a\*c -> c\*a).
std::string reversePattern(std::string_view pattern);

} // namespace dlint::expansion
