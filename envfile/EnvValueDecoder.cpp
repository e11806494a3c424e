#include "envfile/EnvValueDecoder.h"

#include <array>

namespace dlint::envfile {

namespace {

/// The quote-scanning pass compose runs on both quoted forms: `\<quote>` becomes the quote,
/// any other backslash pair is kept as both bytes.
std::string unescapeQuote(std::string_view body, char quote) {
  std::string out;
  out.reserve(body.size());
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '\\' && i + 1 < body.size()) {
      if (body[i + 1] != quote)
        out += '\\';
      out += body[++i];
      continue;
    }
    out += body[i];
  }
  return out;
}

void appendUtf8(std::string& out, unsigned codePoint) {
  if (codePoint < 0x80) {
    out += static_cast<char>(codePoint);
  } else { // octal escapes stop at 0377, so two bytes are enough
    out += static_cast<char>(0xC0 | (codePoint >> 6));
    out += static_cast<char>(0x80 | (codePoint & 0x3F));
  }
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// `\0` and up to three digits at `text[i]`: the number of bytes of the match.
std::size_t octalMatchLength(std::string_view text, std::size_t i) {
  std::size_t n = 2;
  while (n < 5 && i + n < text.size() && isDigit(text[i + n]))
    ++n;
  return n;
}

} // namespace

std::string decodeSingleQuoted(std::string_view body) { return unescapeQuote(body, '\''); }

std::string decodeDoubleQuoted(std::string_view body) {
  const std::string text = unescapeQuote(body, '"');
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    const char next = text[i + 1];
    switch (next) {
    case 'a': out += '\a'; ++i; continue;
    case 'b': out += '\b'; ++i; continue;
    case 'f': out += '\f'; ++i; continue;
    case 'n': out += '\n'; ++i; continue;
    case 'r': out += '\r'; ++i; continue;
    case 't': out += '\t'; ++i; continue;
    case 'v': out += '\v'; ++i; continue;
    case '"': out += '"'; ++i; continue;
    case '\\': out += '\\'; ++i; continue;
    case '$': out += "$$"; ++i; continue;
    case '0': {
      // Go rewrites `\0ddd` to `\ddd`, which unquotes only as exactly three octal digits <= 0377.
      const std::size_t length = octalMatchLength(text, i);
      const std::string_view digits = std::string_view(text).substr(i + 2, length - 2);
      const bool octal = digits.size() == 3 && digits[0] >= '0' && digits[0] <= '3' &&
                         digits[1] >= '0' && digits[1] <= '7' && digits[2] >= '0' && digits[2] <= '7';
      if (octal)
        appendUtf8(out, static_cast<unsigned>((digits[0] - '0') * 64 + (digits[1] - '0') * 8 + (digits[2] - '0')));
      else
        out.append(text, i, length);
      i += length - 1;
      continue;
    }
    default: // `\c` and the rest: not an escape compose knows, kept as written
      out += '\\';
      continue;
    }
  }
  return out;
}

std::size_t trimmedLength(std::string_view text) {
  // Go's unicode.IsSpace outside ASCII, as UTF-8: U+0085, U+00A0, U+1680, U+2000-U+200A,
  // U+2028, U+2029, U+202F, U+205F, U+3000.
  static constexpr std::array<std::string_view, 19> kWideSpaces = {
      "\xC2\x85",     "\xC2\xA0",     "\xE1\x9A\x80", "\xE2\x80\x80", "\xE2\x80\x81",
      "\xE2\x80\x82", "\xE2\x80\x83", "\xE2\x80\x84", "\xE2\x80\x85", "\xE2\x80\x86",
      "\xE2\x80\x87", "\xE2\x80\x88", "\xE2\x80\x89", "\xE2\x80\x8A", "\xE2\x80\xA8",
      "\xE2\x80\xA9", "\xE2\x80\xAF", "\xE2\x81\x9F", "\xE3\x80\x80"};
  std::size_t end = text.size();
  while (end > 0) {
    const char c = text[end - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r') {
      --end;
      continue;
    }
    bool trimmed = false;
    for (std::string_view space : kWideSpaces) {
      if (end >= space.size() && text.substr(end - space.size(), space.size()) == space) {
        end -= space.size();
        trimmed = true;
        break;
      }
    }
    if (!trimmed)
      break;
  }
  return end;
}

} // namespace dlint::envfile
