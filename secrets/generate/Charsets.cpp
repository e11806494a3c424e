#include "secrets/generate/Charsets.h"

#include <array>
#include <cmath>

namespace dlint::secrets::generate {
namespace {

// `symbols` adds only punctuation that survives being pasted unquoted into a .env file, a
// compose file's environment list or a shell word: no quotes, backslash, backtick, `$` (compose
// and shells interpolate it), `#` (starts a comment in .env), `!` (bash history), whitespace,
// glob characters (`*`, `?`, `[`) or shell operators (`&;|<>(){}`).
constexpr std::array<CharsetInfo, 5> kCharsets{{
    {Charset::Alnum, "alnum", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
     "A-Z a-z 0-9 (62 characters, the default)"},
    {Charset::Hex, "hex", "0123456789abcdef", "0-9 a-f (16 characters)"},
    {Charset::Base64, "base64", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
     "A-Z a-z 0-9 + / (64 characters, the base64 alphabet, no padding)"},
    {Charset::UrlSafe, "urlsafe",
     "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
     "A-Z a-z 0-9 - _ (64 characters, RFC 4648 base64url)"},
    {Charset::Symbols, "symbols",
     "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%+,-./:=@^_~",
     "alnum plus % + , - . / : = @ ^ _ ~ (74 characters, all safe unquoted in .env and shell)"},
}};

} // namespace

std::span<const CharsetInfo> allCharsets() {
  return kCharsets;
}

const CharsetInfo& charsetInfo(Charset charset) {
  for (const CharsetInfo& info : kCharsets)
    if (info.id == charset) return info;
  return kCharsets[0];
}

std::optional<Charset> parseCharset(std::string_view name) {
  for (const CharsetInfo& info : kCharsets)
    if (info.name == name) return info.id;
  return std::nullopt;
}

double entropyBits(std::size_t length, std::size_t alphabetSize) {
  if (alphabetSize < 2) return 0.0;
  return static_cast<double>(length) * std::log2(static_cast<double>(alphabetSize));
}

std::size_t lengthForBits(double bits, std::size_t alphabetSize) {
  const double perCharacter = std::log2(static_cast<double>(alphabetSize));
  std::size_t length = static_cast<std::size_t>(std::ceil(bits / perCharacter));
  // Guard against log2 rounding either way.
  while (length > 0 && entropyBits(length - 1, alphabetSize) >= bits)
    --length;
  while (entropyBits(length, alphabetSize) < bits)
    ++length;
  return length;
}

} // namespace dlint::secrets::generate
