#pragma once
// The casing of an instruction keyword, as BuildKit's casing checks classify it.

#include <string>
#include <string_view>

#include "frontend/Text.h"

namespace dlint::passes::rules::images {

enum class Casing { Lower, Upper, Mixed };

/// Lower when the word equals its lower-case form (a word without letters is lower, as in Go),
/// Upper when it equals its upper-case form, Mixed otherwise.
inline Casing casingOf(std::string_view word) {
  if (frontend::toLowerAscii(word) == word)
    return Casing::Lower;
  for (char c : word)
    if (c >= 'a' && c <= 'z')
      return Casing::Mixed;
  return Casing::Upper;
}

inline std::string withCasing(std::string_view word, Casing casing) {
  std::string out(word);
  for (char& c : out) {
    if (casing == Casing::Lower && c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
    else if (casing == Casing::Upper && c >= 'a' && c <= 'z')
      c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

} // namespace dlint::passes::rules::images
