#pragma once
// Go's strconv.Quote and strconv.IsPrint, byte for byte: BuildKit's AST dump quotes every
// argument with them, so dlint needs the same escapes to reproduce BuildKit's fixtures.

#include <string>
#include <string_view>

namespace dlint::ast {

/// Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and U+0020.
bool goIsPrint(char32_t codePoint);

/// Appends `bytes` as Go's strconv.Quote writes it: in double quotes, `\"` and `\\`,
/// `\a \b \f \n \r \t \v`, other controls as `\xNN`, invalid UTF-8 bytes as `\xNN`,
/// printable code points raw, other code points as `\uXXXX` or `\UXXXXXXXX`.
void appendGoQuoted(std::string& out, std::string_view bytes);

/// strconv.Quote(bytes) as a new string.
std::string goQuote(std::string_view bytes);

} // namespace dlint::ast
