#pragma once
// Byte-level helpers that mirror Go's strings functions where BuildKit relies on them.

#include <cstdint>
#include <string>
#include <string_view>

namespace dlint::frontend {

/// Length of the unicode.IsSpace code point at `s[i]` (UTF-8), or 0 when it is not a space.
std::size_t unicodeSpaceLength(std::string_view s, std::size_t i);
/// Offset of the first byte after leading unicode.IsSpace characters.
std::size_t skipUnicodeSpace(std::string_view s, std::size_t i = 0);
/// Length of `s` with trailing unicode.IsSpace characters removed.
std::size_t trimUnicodeSpaceEnd(std::string_view s, std::size_t begin = 0);
/// strings.TrimSpace.
std::string_view trimSpace(std::string_view s);
/// `[\t\v\f\r ]`
inline bool isSplitSpace(char c) {
  return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}
std::string toLowerAscii(std::string_view s);
std::string toUpperAscii(std::string_view s);
bool equalsIgnoreCaseAscii(std::string_view a, std::string_view b);

} // namespace dlint::frontend
