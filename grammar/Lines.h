#pragma once
// Physical lines. The frontend feeds one line at a time (without its trailing "\r\n") and
// uses these rules to classify it: blank, comment, or instruction text that may continue.
// Heredoc bodies are consumed by the frontend itself: they are verbatim lines, not grammar.

#include "grammar/Lexical.h"

namespace dlint::grammar::lines {

/// Whitespace only (BuildKit: an empty continuation line, or a blank line between instructions).
struct blank_line : pegtl::seq<pegtl::star<unicode_space>, pegtl::eof> {};

/// First non-space character is `#`. There are no trailing comments in Dockerfiles.
struct comment_line : pegtl::seq<pegtl::star<unicode_space>, pegtl::one<'#'>> {};

/// The escape token followed only by spaces and tabs up to the end of the line.
template <char Escape>
struct escape_tail : pegtl::seq<pegtl::one<Escape>, pegtl::star<blank>, pegtl::eof> {};

/// Text kept from a continued line: up to and including the character before the escape.
/// That character must not itself be the escape token, so `\\` and `\\\` do not continue.
template <char Escape>
struct kept_text
    : pegtl::seq<pegtl::star<pegtl::not_at<pegtl::not_one<Escape>, escape_tail<Escape>>, pegtl::any>,
                 pegtl::not_one<Escape>> {};

/// A line that continues on the next one: `([^E])E[ \t]*$` or `^E[ \t]*$`.
template <char Escape>
struct continued_line
    : pegtl::sor<escape_tail<Escape>, pegtl::seq<kept_text<Escape>, escape_tail<Escape>>> {};

} // namespace dlint::grammar::lines
