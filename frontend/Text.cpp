#include "frontend/Text.h"

#include <algorithm>

namespace dlint::frontend {

std::size_t unicodeSpaceLength(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) -> unsigned char { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
  unsigned char c = byte(i);
  if (c == ' ' || (c >= '\t' && c <= '\r'))
    return 1;
  if (c == 0xC2 && (byte(i + 1) == 0x85 || byte(i + 1) == 0xA0))
    return 2;
  if (c == 0xE1 && byte(i + 1) == 0x9A && byte(i + 2) == 0x80)
    return 3;
  if (c == 0xE2 && byte(i + 1) == 0x80) {
    unsigned char d = byte(i + 2);
    if ((d >= 0x80 && d <= 0x8A) || d == 0xA8 || d == 0xA9 || d == 0xAF)
      return 3;
  }
  if (c == 0xE2 && byte(i + 1) == 0x81 && byte(i + 2) == 0x9F)
    return 3;
  if (c == 0xE3 && byte(i + 1) == 0x80 && byte(i + 2) == 0x80)
    return 3;
  return 0;
}

std::size_t skipUnicodeSpace(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    std::size_t n = unicodeSpaceLength(s, i);
    if (n == 0)
      break;
    i += n;
  }
  return i;
}

std::size_t trimUnicodeSpaceEnd(std::string_view s, std::size_t begin) {
  std::size_t end = s.size();
  while (end > begin) {
    // Spaces are at most 3 bytes long: look back for one that ends exactly at `end`.
    std::size_t found = 0;
    for (std::size_t len = 1; len <= 3 && len <= end - begin; ++len)
      if (unicodeSpaceLength(s, end - len) == len) {
        found = len;
        break;
      }
    if (found == 0)
      break;
    end -= found;
  }
  return end;
}

std::string_view trimSpace(std::string_view s) {
  std::size_t b = skipUnicodeSpace(s);
  std::size_t e = trimUnicodeSpaceEnd(s, b);
  return s.substr(b, e - b);
}

namespace {

/// `s` with the ASCII letters from..from+25 moved to to..to+25; other bytes are kept.
std::string mapAsciiLetters(std::string_view s, char from, char to) {
  std::string out(s);
  for (char& c : out)
    if (c >= from && c <= from + 25)
      c = static_cast<char>(c - from + to);
  return out;
}

} // namespace

std::string toLowerAscii(std::string_view s) { return mapAsciiLetters(s, 'A', 'a'); }
std::string toUpperAscii(std::string_view s) { return mapAsciiLetters(s, 'a', 'A'); }

bool equalsIgnoreCaseAscii(std::string_view a, std::string_view b) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

} // namespace dlint::frontend
