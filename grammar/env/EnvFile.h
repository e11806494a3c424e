#pragma once
// The .env file language as docker compose reads it (compose-go `dotenv/parser.go` and
// `template/template.go`). PEGTL rules only: no actions, no semantics; envfile/EnvParser runs
// them and builds the model.
//
// A file is a sequence of blank lines, comment lines and statements. Every statement rule
// consumes through the end of its line (or of its last line, for a multi-line quoted value), so
// a file always parses to the end: the `error_*` rules describe the malformed statements
// compose rejects, which the frontend reports before going on with the next line. Each
// statement alternative begins with the same `statement_head`, so they differ only in what
// follows the key.
//
//   statement      := [export ] KEY (= | :) VALUE [ #comment]   (compose also takes YAML's `:`)
//                   | [export ] KEY                             (inherited from the environment)
//   VALUE          := '...'  single-quoted: literal, `\'` escapes the quote, may span lines
//                   | "..."  double-quoted: escapes, ${} references, may span lines
//                   | text   unquoted: to the end of the line or to ` #`, right-trimmed

#include <tao/pegtl.hpp>

namespace dlint::grammar::env {

namespace pegtl = tao::pegtl;

// ---- lexical classes ----------------------------------------------------------------------

/// compose's isSpace: horizontal white space and `\r`, plus U+0085 and U+00A0 (in UTF-8).
struct hspace : pegtl::sor<pegtl::one<' ', '\t', '\v', '\f', '\r'>,
                           pegtl::seq<pegtl::one<'\xC2'>, pegtl::one<'\x85', '\xA0'>>> {};
struct hspaces : pegtl::star<hspace> {};
struct newline : pegtl::one<'\n'> {};
struct line_end : pegtl::sor<newline, pegtl::eof> {};
struct rest_of_line : pegtl::star<pegtl::not_one<'\n'>> {};

/// `# ...` to the end of the line (the newline is not part of it).
struct comment : pegtl::seq<pegtl::one<'#'>, rest_of_line> {};

/// compose accepts letters and digits of any script, `_`, `.`, `-`, `[` and `]` in a key.
/// Non-ASCII code points count as letters here, except the two white-space ones.
struct key_char : pegtl::sor<pegtl::ascii::identifier_other, pegtl::one<'.', '-', '[', ']'>,
                             pegtl::seq<pegtl::not_at<hspace>, pegtl::utf8::range<0x80, 0x10FFFF>>> {};
struct key : pegtl::plus<key_char> {};

/// `export` and white space, when a key follows (so `export=1` and a lone `export` are keys).
struct export_keyword : TAO_PEGTL_STRING("export") {};
struct export_prefix : pegtl::seq<export_keyword, pegtl::plus<hspace>, pegtl::at<key_char>> {};

/// `=`, or `:` as in YAML (`KEY: value`), which compose also accepts.
struct separator : pegtl::one<'=', ':'> {};

// ---- values -------------------------------------------------------------------------------

/// A backslash and the byte after it, a newline included: in both quoted forms it keeps the
/// closing quote from ending the value (compose scans for an unescaped quote).
struct escaped_pair : pegtl::seq<pegtl::one<'\\'>, pegtl::any> {};

struct single_quote : pegtl::one<'\''> {};
struct double_quote : pegtl::one<'"'> {};
struct single_quoted_body : pegtl::star<pegtl::sor<escaped_pair, pegtl::not_one<'\''>>> {};
struct double_quoted_body : pegtl::star<pegtl::sor<escaped_pair, pegtl::not_one<'"'>>> {};
struct single_quoted : pegtl::seq<single_quote, single_quoted_body, single_quote> {};
struct double_quoted : pegtl::seq<double_quote, double_quoted_body, double_quote> {};
struct quoted_value : pegtl::sor<single_quoted, double_quoted> {};

/// compose cuts an unquoted value at the first space followed by `#` (not a tab, and not a
/// `#` right after the `=`): `A=b#c` is "b#c", `A= #c` is "#c", `A=b #c` is "b".
struct inline_comment_start : pegtl::seq<pegtl::one<' '>, pegtl::one<'#'>> {};
struct unquoted_char : pegtl::seq<pegtl::not_at<inline_comment_start>, pegtl::not_one<'\n'>> {};
/// The raw text up to the comment or the line end; the frontend trims trailing white space.
struct unquoted_value : pegtl::plus<unquoted_char> {};
struct inline_comment : pegtl::seq<pegtl::one<' '>, comment> {};

// ---- statements ---------------------------------------------------------------------------

/// Leading white space and an optional `export `: the start every statement shares.
struct statement_head : pegtl::seq<hspaces, pegtl::opt<export_prefix>> {};
struct assignment_head : pegtl::seq<statement_head, key, hspaces, separator, hspaces> {};

/// What may follow a closing quote: white space, a comment, the end of the line.
struct quoted_tail : pegtl::seq<hspaces, pegtl::opt<comment>, line_end> {};

struct quoted_assignment : pegtl::seq<assignment_head, quoted_value, quoted_tail> {};
struct unquoted_assignment
    : pegtl::seq<assignment_head, pegtl::not_at<pegtl::one<'\'', '"'>>, pegtl::opt<unquoted_value>,
                 pegtl::opt<inline_comment>, line_end> {};
/// `KEY` alone: compose takes its value from the environment, or leaves it unset.
struct inherited_key : pegtl::seq<statement_head, key, hspaces, line_end> {};

// Malformed statements, each consumed through the end of its line so the next line starts a
// new statement.

/// Text after a closing quote (compose would read it as the next statement).
struct trailing_text : pegtl::seq<pegtl::not_at<pegtl::one<'#'>>, pegtl::plus<pegtl::not_one<'\n'>>> {};
struct error_text_after_quote
    : pegtl::seq<assignment_head, quoted_value, hspaces, trailing_text, line_end> {};
/// An opening quote with no closing one before the end of the file.
struct unterminated_quote : pegtl::one<'\'', '"'> {};
struct error_unterminated_quote
    : pegtl::seq<assignment_head, unterminated_quote, rest_of_line, line_end> {};
/// `=value`: a separator with no key before it.
struct error_empty_key : pegtl::seq<statement_head, separator, rest_of_line, line_end> {};
/// `FOO BAR=1` or `FOO BAR`: white space inside a key (a missing `=`).
struct error_space_in_key
    : pegtl::seq<statement_head, key, pegtl::plus<hspace>, pegtl::at<key_char>, rest_of_line, line_end> {};
/// A character no key may hold (`FOO%=1`, `"FOO"=1`, `FOO # comment` without `=`).
struct bad_key_char : pegtl::seq<pegtl::not_at<newline>, pegtl::sor<pegtl::utf8::any, pegtl::any>> {};
struct error_bad_key_char
    : pegtl::seq<statement_head, pegtl::star<key_char>, hspaces, bad_key_char, rest_of_line, line_end> {};

struct statement : pegtl::sor<quoted_assignment, error_text_after_quote, error_unterminated_quote,
                              unquoted_assignment, inherited_key, error_empty_key, error_space_in_key,
                              error_bad_key_char> {};

struct blank_line : pegtl::sor<pegtl::seq<hspaces, newline>, pegtl::seq<pegtl::plus<hspace>, pegtl::eof>> {};
struct comment_line : pegtl::seq<hspaces, comment, line_end> {};

struct file : pegtl::seq<pegtl::star<pegtl::sor<blank_line, comment_line, statement>>, pegtl::eof> {};

// ---- references inside a value (compose-go template) --------------------------------------
// `$$` is a literal `$`; `$name`; `${name}`, `${name:-word}` and the `-` `:+` `+` `:?` `?`
// forms, where word may hold references itself. `${` in any other form is an error in compose
// ("Invalid template"); `$` before anything else is a literal `$`. Names are case-insensitive.

struct reference_name : pegtl::seq<pegtl::sor<pegtl::ascii::alpha, pegtl::one<'_'>>,
                                   pegtl::star<pegtl::ascii::identifier_other>> {};
struct escaped_dollar : pegtl::two<'$'> {};
struct named_reference : pegtl::seq<pegtl::one<'$'>, reference_name> {};
struct braced_reference;
struct reference_operator : pegtl::seq<pegtl::opt<pegtl::one<':'>>, pegtl::one<'-', '+', '?'>> {};
struct reference_word
    : pegtl::star<pegtl::sor<escaped_dollar, braced_reference, named_reference, pegtl::not_one<'}', '\n'>>> {};
struct braced_reference
    : pegtl::seq<pegtl::one<'$'>, pegtl::one<'{'>, reference_name,
                 pegtl::opt<reference_operator, reference_word>, pegtl::one<'}'>> {};
/// `${` that does not start a valid reference.
struct invalid_reference : pegtl::seq<pegtl::one<'$'>, pegtl::one<'{'>> {};
struct reference_part
    : pegtl::sor<escaped_dollar, braced_reference, named_reference, invalid_reference> {};

/// An unquoted value: backslashes are not special to compose there.
struct unquoted_references : pegtl::star<pegtl::sor<reference_part, pegtl::any>> {};
/// The inside of a double-quoted value: `\$` is a literal `$`, `\\` a backslash.
struct double_quoted_references : pegtl::star<pegtl::sor<escaped_pair, reference_part, pegtl::any>> {};

} // namespace dlint::grammar::env
