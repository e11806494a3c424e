#include "ast/GoQuote.h"

#include "diagnostics/Utf8.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace dlint::ast {

namespace {

struct CodePointRange {
  char32_t first;
  char32_t last;
};

constexpr CodePointRange kNotPrintable[] = {
#include "ast/GoIsPrintTable.inc"
};

constexpr std::string_view kLowerHex = "0123456789abcdef";

void appendHex(std::string& out, std::uint32_t value, int digits) {
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
    out += kLowerHex[(value >> static_cast<unsigned>(shift)) & 0xFU];
}

/// Decodes the well-formed sequence of `length` bytes at `s[i]` (checked by utf8::sequenceLength).
char32_t decode(std::string_view s, std::size_t i, std::size_t length) {
  auto byte = [&](std::size_t k) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(s[i + k]));
  };
  switch (length) {
  case 1:
    return byte(0);
  case 2:
    return ((byte(0) & 0x1FU) << 6) | (byte(1) & 0x3FU);
  case 3:
    return ((byte(0) & 0x0FU) << 12) | ((byte(1) & 0x3FU) << 6) | (byte(2) & 0x3FU);
  default:
    return ((byte(0) & 0x07U) << 18) | ((byte(1) & 0x3FU) << 12) | ((byte(2) & 0x3FU) << 6) |
           (byte(3) & 0x3FU);
  }
}

/// Go's appendEscapedRune for a valid code point that is not printable (quote is '"').
void appendEscaped(std::string& out, char32_t cp) {
  switch (cp) {
  case '\a':
    out += "\\a";
    return;
  case '\b':
    out += "\\b";
    return;
  case '\f':
    out += "\\f";
    return;
  case '\n':
    out += "\\n";
    return;
  case '\r':
    out += "\\r";
    return;
  case '\t':
    out += "\\t";
    return;
  case '\v':
    out += "\\v";
    return;
  default:
    break;
  }
  if (cp < 0x20 || cp == 0x7F) {
    out += "\\x";
    appendHex(out, cp, 2);
  } else if (cp < 0x10000) {
    out += "\\u";
    appendHex(out, cp, 4);
  } else {
    out += "\\U";
    appendHex(out, cp, 8);
  }
}

} // namespace

bool goIsPrint(char32_t codePoint) {
  // The table is sorted: find the last range starting at or before the code point.
  auto it = std::upper_bound(std::begin(kNotPrintable), std::end(kNotPrintable), codePoint,
                             [](char32_t cp, const CodePointRange& r) { return cp < r.first; });
  if (it == std::begin(kNotPrintable)) return true;
  --it;
  return codePoint > it->last;
}

void appendGoQuoted(std::string& out, std::string_view bytes) {
  out += '"';
  for (std::size_t i = 0; i < bytes.size();) {
    std::size_t length = utf8::sequenceLength(bytes, i);
    if (length == 0) {
      // Go decodes a malformed sequence as RuneError of width 1 and prints that one byte.
      out += "\\x";
      appendHex(out, static_cast<unsigned char>(bytes[i]), 2);
      ++i;
      continue;
    }
    char32_t cp = decode(bytes, i, length);
    if (cp == '"' || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (goIsPrint(cp)) {
      out.append(bytes.substr(i, length));
    } else {
      appendEscaped(out, cp);
    }
    i += length;
  }
  out += '"';
}

std::string goQuote(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + 2);
  appendGoQuoted(out, bytes);
  return out;
}

} // namespace dlint::ast
