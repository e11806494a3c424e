#include "diagnostics/Utf8.h"

#include <cstdint>
#include <cstring>

namespace dlint::utf8 {

namespace {
bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }
} // namespace

std::size_t sequenceLength(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = at(i);
  if (c < 0x80)
    return 1;
  std::size_t remaining = s.size() - i;
  if (c >= 0xC2 && c <= 0xDF)
    return remaining >= 2 && isContinuation(at(i + 1)) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (remaining < 3 || !isContinuation(at(i + 1)) || !isContinuation(at(i + 2)))
      return 0;
    if (c == 0xE0 && at(i + 1) < 0xA0)
      return 0; // overlong
    if (c == 0xED && at(i + 1) >= 0xA0)
      return 0; // UTF-16 surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (remaining < 4 || !isContinuation(at(i + 1)) || !isContinuation(at(i + 2)) ||
        !isContinuation(at(i + 3)))
      return 0;
    if (c == 0xF0 && at(i + 1) < 0x90)
      return 0; // overlong
    if (c == 0xF4 && at(i + 1) >= 0x90)
      return 0; // above U+10FFFF
    return 4;
  }
  return 0;
}

std::optional<std::size_t> findInvalid(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    // Skip ASCII eight bytes at a time: most Dockerfiles are pure ASCII.
    if (i + 8 <= s.size()) {
      std::uint64_t chunk;
      std::memcpy(&chunk, s.data() + i, 8);
      if ((chunk & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = sequenceLength(s, i);
    if (n == 0)
      return i;
    i += n;
  }
  return std::nullopt;
}

std::size_t countCodePoints(std::string_view s) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++count) {
    std::size_t n = sequenceLength(s, i);
    i += n == 0 ? 1 : n;
  }
  return count;
}

std::size_t countUtf16Units(std::string_view s) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = sequenceLength(s, i);
    count += n == 4 ? 2 : 1;
    i += n == 0 ? 1 : n;
  }
  return count;
}

} // namespace dlint::utf8
