#pragma once
// The exact name classes of BuildKit's lexer for grammar/Variables.h: Go's unicode.IsLetter,
// unicode.IsDigit and `_`. A rune is decoded as Go decodes it; a malformed byte reads as
// U+FFFD, which is neither, so it ends a name as it does in BuildKit.

#include <string_view>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "grammar/Variables.h"
#include "passes/expansion/GoText.h"

namespace dlint::expansion {

/// A PEGTL rule matching one rune for which `Test` holds.
template <bool (*Test)(char32_t)>
struct GoRuneIf {
  using rule_t = GoRuneIf;
  using subs_t = tao::pegtl::empty_list;

  template <typename ParseInput>
  static bool match(ParseInput& in) {
    if (in.empty())
      return false;
    const DecodedRune d = decodeRune(std::string_view(in.current(), in.size(4)), 0);
    if (!Test(d.rune))
      return false;
    in.bump(d.width);
    return true;
  }
};

inline bool goIsNameChar(char32_t c) { return c == '_' || goIsLetter(c) || goIsDigit(c); }

struct GoNames {
  struct digit : GoRuneIf<&goIsDigit> {};
  struct name_char : GoRuneIf<&goIsNameChar> {};
};

template <char Escape, bool Quotes = true>
using GoDialect = grammar::variables::dialect<Escape, GoNames, Quotes>;

} // namespace dlint::expansion

template <typename Name, bool (*Test)(char32_t)>
struct tao::pegtl::analyze_traits<Name, dlint::expansion::GoRuneIf<Test>> : tao::pegtl::analyze_any_traits<> {};
