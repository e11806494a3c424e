#pragma once
// How compose turns the text of a .env value into the string it stores (before it expands
// `${...}` references): compose-go dotenv/parser.go, extractVarValue and expandEscapes.

#include <cstddef>
#include <string>
#include <string_view>

namespace dlint::envfile {

/// The inside of '...': literal, except that `\'` is a quote (other backslashes stay).
std::string decodeSingleQuoted(std::string_view body);

/// The inside of "...": `\"` is a quote; then `\a \b \f \n \r \t \v \\` are the usual
/// characters, `\$` is `$$` (a literal `$` once references are expanded), `\0` and up to three
/// digits is an octal byte value when it is exactly three octal digits up to 0377 (written as the
/// UTF-8 of that code point, as Go's string(rune) does); any other backslash stays as written.
std::string decodeDoubleQuoted(std::string_view body);

/// Length of `text` without trailing white space in Go's unicode.IsSpace sense (compose
/// right-trims unquoted values with it).
std::size_t trimmedLength(std::string_view text);

} // namespace dlint::envfile
