#pragma once
// Parser directives: `# name=value` lines at the top of a Dockerfile (BuildKit's reDirectives,
// `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`, applied to the left-trimmed line).

#include "grammar/Lexical.h"

namespace dlint::grammar::directives {

struct name : pegtl::seq<pegtl::alpha, pegtl::star<pegtl::alnum>> {};
/// Everything after `=`; the action trims `\s` from both ends (keeping one character when the
/// value is only whitespace, as the lazy `.+?` does).
struct value : pegtl::plus<pegtl::not_one<'\n'>> {};

struct line : pegtl::seq<pegtl::star<unicode_space>, pegtl::one<'#'>, pegtl::star<re_space>, name,
                         pegtl::star<re_space>, pegtl::one<'='>, value, pegtl::eof> {};

} // namespace dlint::grammar::directives
