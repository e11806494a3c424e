#pragma once
// Heredoc detection (BuildKit's heredocsFromLine / ParseHeredoc). The whole logical line is
// split into words the way BuildKit's shell lexer does in raw mode (quotes and escapes kept,
// escape always `\`), except that whitespace right after `<<` stays in the word, so `<< EOF`
// is one word. A line that does not lex (an unbalanced quote) has no heredocs at all.
// A word is a heredoc when it matches `^(\d*)<<(-?)\s*([^<]*)$` with a non-empty tail.

#include "grammar/Lexical.h"

namespace dlint::grammar::heredoc {

struct single_quoted : pegtl::seq<pegtl::one<'\''>, pegtl::star<pegtl::not_one<'\''>>, pegtl::one<'\''>> {};
struct double_quoted
    : pegtl::seq<pegtl::one<'"'>,
                 pegtl::star<pegtl::sor<pegtl::seq<pegtl::one<'\\'>, pegtl::any>, pegtl::not_one<'"'>>>,
                 pegtl::one<'"'>> {};
struct escaped : pegtl::seq<pegtl::one<'\\'>, pegtl::opt<pegtl::any>> {};
struct word_part : pegtl::sor<single_quoted, double_quoted, escaped,
                              pegtl::seq<pegtl::not_at<unicode_space>, pegtl::not_one<'\'', '"'>>> {};
struct redirect_prefix
    : pegtl::seq<pegtl::star<pegtl::digit>, pegtl::two<'<'>, pegtl::opt<pegtl::one<'-'>>,
                 pegtl::star<unicode_space>> {};
struct word : pegtl::sor<pegtl::seq<redirect_prefix, pegtl::star<word_part>>, pegtl::plus<word_part>> {};
struct line : pegtl::seq<pegtl::star<unicode_space>, pegtl::star<word, pegtl::star<unicode_space>>,
                         pegtl::eof> {};

// ParseHeredoc on one word.
struct fd : pegtl::star<pegtl::digit> {};
struct chomp : pegtl::one<'-'> {};
struct tail : pegtl::plus<pegtl::not_one<'<'>> {};
struct pattern : pegtl::seq<fd, pegtl::two<'<'>, pegtl::opt<chomp>, pegtl::star<re_space>, tail, pegtl::eof> {};

// Shell unquoting of the tail gives the heredoc name; any quote turns expansion off.
struct name_single : pegtl::seq<pegtl::one<'\''>, pegtl::star<pegtl::not_one<'\''>>, pegtl::opt<pegtl::one<'\''>>> {};
struct name_double_escape : pegtl::seq<pegtl::one<'\\'>, pegtl::one<'"', '\\', '$', '`'>> {};
struct name_double
    : pegtl::seq<pegtl::one<'"'>, pegtl::star<pegtl::sor<name_double_escape, pegtl::not_one<'"'>>>,
                 pegtl::opt<pegtl::one<'"'>>> {};
struct name_escape : pegtl::seq<pegtl::one<'\\'>, pegtl::any> {};
struct name_char : pegtl::any {};
struct name : pegtl::star<pegtl::sor<name_single, name_double, name_escape, name_char>> {};

} // namespace dlint::grammar::heredoc
