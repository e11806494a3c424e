#include "passes/expansion/GoText.h"

#include <algorithm>

#include "diagnostics/Utf8.h"

namespace dlint::expansion {
namespace {

struct CodePointRange {
  char32_t first;
  char32_t last;
};

#include "passes/expansion/GoUnicodeTables.inc"

template <std::size_t N>
bool inRanges(const CodePointRange (&ranges)[N], char32_t rune) {
  const auto* it = std::upper_bound(std::begin(ranges), std::end(ranges), rune,
                                    [](char32_t r, const CodePointRange& range) { return r < range.first; });
  return it != std::begin(ranges) && rune <= std::prev(it)->last;
}

} // namespace

DecodedRune decodeRune(std::string_view s, std::size_t offset) {
  const auto b0 = static_cast<unsigned char>(s[offset]);
  if (b0 < 0x80)
    return {b0, 1};
  const std::size_t length = utf8::sequenceLength(s, offset);
  if (length == 0)
    return {kRuneError, 1};
  char32_t rune = b0 & (0xFFu >> (length + 1));
  for (std::size_t i = 1; i < length; ++i)
    rune = (rune << 6) | (static_cast<unsigned char>(s[offset + i]) & 0x3Fu);
  return {rune, static_cast<std::uint32_t>(length)};
}

void appendRune(std::string& out, char32_t rune) {
  if (rune > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF))
    rune = kRuneError;
  if (rune < 0x80) {
    out.push_back(static_cast<char>(rune));
  } else if (rune < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (rune >> 6)));
    out.push_back(static_cast<char>(0x80 | (rune & 0x3F)));
  } else if (rune < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (rune >> 12)));
    out.push_back(static_cast<char>(0x80 | ((rune >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (rune & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (rune >> 18)));
    out.push_back(static_cast<char>(0x80 | ((rune >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((rune >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (rune & 0x3F)));
  }
}

std::string runeString(std::int32_t r) {
  std::string out;
  appendRune(out, r < 0 ? kRuneError : static_cast<char32_t>(r));
  return out;
}

bool goIsLetter(char32_t rune) {
  if (rune < 0x80)
    return (rune >= 'a' && rune <= 'z') || (rune >= 'A' && rune <= 'Z');
  return inRanges(kGoLetterRanges, rune);
}

bool goIsDigit(char32_t rune) {
  if (rune < 0x80)
    return rune >= '0' && rune <= '9';
  return inRanges(kGoDigitRanges, rune);
}

bool goIsSpace(char32_t rune) {
  switch (rune) {
  case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0:
  case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    return true;
  default:
    return rune >= 0x2000 && rune <= 0x200A;
  }
}

RuneText decodeRunes(std::string_view s) {
  RuneText text;
  text.runes.reserve(s.size());
  text.offsets.reserve(s.size() + 1);
  for (std::size_t i = 0; i < s.size();) {
    const DecodedRune d = decodeRune(s, i);
    text.runes.push_back(d.rune);
    text.offsets.push_back(static_cast<std::uint32_t>(i));
    i += d.width;
  }
  text.offsets.push_back(static_cast<std::uint32_t>(s.size()));
  return text;
}

GoScanner::GoScanner(std::string_view text) : text_(text) {
  load();
  if (current_ == 0xFEFF) // text/scanner ignores a byte order mark at the start
    next();
}

void GoScanner::load() {
  if (offset_ >= text_.size()) {
    current_ = kEndOfText;
    width_ = 0;
    return;
  }
  const DecodedRune d = decodeRune(text_, offset_);
  current_ = static_cast<std::int32_t>(d.rune);
  width_ = d.width;
}

std::int32_t GoScanner::next() {
  const std::int32_t ch = current_;
  if (ch != kEndOfText) {
    offset_ += width_;
    load();
  }
  return ch;
}

void GoScanner::seek(std::uint32_t offset) {
  offset_ = offset;
  load();
}

} // namespace dlint::expansion
