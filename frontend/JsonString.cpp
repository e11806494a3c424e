#include "frontend/JsonString.h"

#include "diagnostics/Utf8.h"

namespace dlint::frontend {

namespace {

void appendUtf8(std::string& out, char32_t cp) {
  auto put = [&](unsigned v) { out.push_back(static_cast<char>(v)); };
  if (cp < 0x80) {
    put(cp);
  } else if (cp < 0x800) {
    put(0xC0 | (cp >> 6));
    put(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    put(0xE0 | (cp >> 12));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  } else {
    put(0xF0 | (cp >> 18));
    put(0x80 | ((cp >> 12) & 0x3F));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  }
}

constexpr char32_t kReplacement = 0xFFFD;

unsigned hexValue(char c) {
  if (c >= '0' && c <= '9')
    return static_cast<unsigned>(c - '0');
  if (c >= 'a' && c <= 'f')
    return static_cast<unsigned>(c - 'a' + 10);
  return static_cast<unsigned>(c - 'A' + 10);
}

/// Reads `\uXXXX` at body[i] (i at the backslash); returns false if it is not one.
bool readU4(std::string_view body, std::size_t i, char32_t& value) {
  if (i + 6 > body.size() || body[i] != '\\' || body[i + 1] != 'u')
    return false;
  value = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k)
    value = value * 16 + hexValue(body[k]);
  return true;
}

} // namespace

std::string decodeJsonString(std::string_view body) {
  std::string out;
  out.reserve(body.size());
  for (std::size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c != '\\') {
      std::size_t n = utf8::sequenceLength(body, i);
      if (n == 0) {
        appendUtf8(out, kReplacement);
        ++i;
      } else {
        out.append(body.substr(i, n));
        i += n;
      }
      continue;
    }
    char e = body[i + 1];
    switch (e) {
    case 'b': out.push_back('\b'); break;
    case 'f': out.push_back('\f'); break;
    case 'n': out.push_back('\n'); break;
    case 'r': out.push_back('\r'); break;
    case 't': out.push_back('\t'); break;
    case 'u': {
      char32_t cp = 0;
      readU4(body, i, cp);
      i += 6;
      if (cp >= 0xD800 && cp < 0xDC00) {
        char32_t low = 0;
        if (readU4(body, i, low) && low >= 0xDC00 && low < 0xE000) {
          appendUtf8(out, 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00));
          i += 6;
        } else {
          appendUtf8(out, kReplacement);
        }
      } else if (cp >= 0xDC00 && cp < 0xE000) {
        appendUtf8(out, kReplacement);
      } else {
        appendUtf8(out, cp);
      }
      continue;
    }
    default: out.push_back(e); break; // '"', '\\', '/'
    }
    i += 2;
  }
  return out;
}

} // namespace dlint::frontend
