#pragma once
// How Go sees text, for mirroring BuildKit's shell lexer byte for byte: runes decoded the way
// text/scanner and `for range` decode them (a malformed byte is U+FFFD of width 1), and the
// unicode.IsLetter / IsDigit / IsSpace classes the lexer uses for names and word splitting.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::expansion {

/// Go's utf8.RuneError.
inline constexpr char32_t kRuneError = 0xFFFD;
/// text/scanner's EOF; also what `scanner.Next()` returns past the end.
inline constexpr std::int32_t kEndOfText = -1;

struct DecodedRune {
  char32_t rune;
  std::uint32_t width; ///< bytes consumed; a malformed byte decodes as U+FFFD of width 1
};

/// utf8.DecodeRuneInString(s[offset:]); `offset` must be < s.size().
DecodedRune decodeRune(std::string_view s, std::size_t offset);

/// Appends the UTF-8 encoding of `rune` (Go's WriteRune: invalid values become U+FFFD).
void appendRune(std::string& out, char32_t rune);
/// Go's string(rune(r)): kEndOfText and other invalid values give "\uFFFD".
std::string runeString(std::int32_t r);

bool goIsLetter(char32_t rune);
bool goIsDigit(char32_t rune);
bool goIsSpace(char32_t rune);

/// Runes of `s` with the byte offset of each; offsets has one extra entry, s.size().
/// This is Go's []rune(s) conversion: malformed bytes become U+FFFD.
struct RuneText {
  std::vector<char32_t> runes;
  std::vector<std::uint32_t> offsets;
};
RuneText decodeRunes(std::string_view s);

/// A text/scanner.Scanner over a string, as BuildKit uses it: Peek/Next by rune, a U+FEFF at
/// the very start is skipped, malformed bytes read as U+FFFD. Also tells the byte offset of
/// the rune Peek would return, which BuildKit's scanner hides and dlint needs for positions.
class GoScanner {
public:
  explicit GoScanner(std::string_view text);

  std::int32_t peek() const { return current_; }
  /// Byte offset of the rune peek() returns (text size at the end).
  std::uint32_t offset() const { return offset_; }
  std::int32_t next();
  /// Continues at byte `offset`, which must start a rune (used after a grammar rule matched).
  void seek(std::uint32_t offset);

private:
  void load();

  std::string_view text_;
  std::uint32_t offset_ = 0;
  std::uint32_t width_ = 0;
  std::int32_t current_ = kEndOfText;
};

} // namespace dlint::expansion
