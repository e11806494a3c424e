#pragma once
// The syntax of variable references inside one Dockerfile word, as BuildKit's shell lexer
// (frontend/dockerfile/shell/lex.go) reads it: `$name`, `${name}`, `${name<op>word}` with
// op one of `:-` `-` `:+` `+` `:?` `?` `#` `##` `%` `%%`, and `${name/pattern/replacement}`,
// `${name//pattern/replacement}`; the word parts may nest references, quotes and escapes.
//
// A word that matches `word<D>` is one BuildKit's lexer accepts without a syntax error
// (it may still fail at run time: `${v:?msg}` with v unset, a bad escape in a pattern).
// No actions and no semantics: passes/expansion evaluates words and uses these rules to read
// names and to find references.
//
// The rules are templates over a dialect: the escape character (`\`, or `` ` `` after
// `# escape=``), whether quotes are special (not in COPY/ADD heredoc bodies), and the classes
// of name characters.

#include <type_traits>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/uint8.hpp>

namespace dlint::grammar::variables {

namespace pegtl = tao::pegtl;

/// Name classes at byte level: ASCII letters, digits and `_`, and any byte >= 0x80 treated as
/// a letter byte. BuildKit uses Go's unicode.IsLetter / IsDigit; passes/expansion has the
/// exact classes (GoNameClasses.h) for when a non-ASCII character must end a name.
struct byte_names {
  struct digit : pegtl::ascii::digit {};
  struct name_char : pegtl::sor<pegtl::ascii::identifier_other, pegtl::uint8::range<0x80, 0xFF>> {};
};

/// Escape character, whether `'…'` and `"…"` are special, and the name classes.
template <char Escape, typename Names = byte_names, bool Quotes = true>
struct dialect {
  static constexpr char escape = Escape;
  static constexpr bool quotes = Quotes;
  using names = Names;
};

using backslash_dialect = dialect<'\\'>;
using backtick_dialect = dialect<'`'>;

// ---- names -------------------------------------------------------------------------------
// A leading digit starts a run of digits (`$1x` is `$1` then `x`); one of `@*#?-$!0` is a name
// by itself; otherwise a run of letters, digits and `_`. The digit rule comes first, so `$0`
// and `$01` are digit runs.

template <typename Names> struct positional_name : pegtl::plus<typename Names::digit> {};
struct special_name : pegtl::one<'@', '*', '#', '?', '-', '$', '!', '0'> {};
template <typename Names> struct identifier_name : pegtl::plus<typename Names::name_char> {};
template <typename Names>
struct name : pegtl::sor<positional_name<Names>, special_name, identifier_name<Names>> {};

// ---- escapes and quotes ------------------------------------------------------------------

template <typename D> struct escape_char : pegtl::one<D::escape> {};

/// Outside quotes the escape character takes the next character literally; a trailing one is
/// dropped. (`any` takes one byte: the rest of a multi-byte character then reads as plain
/// bytes, which never start anything.)
template <typename D> struct escaped : pegtl::seq<escape_char<D>, pegtl::opt<pegtl::any>> {};

/// `'…'`: everything literal up to the next `'`; nothing escapes inside.
struct single_quoted : pegtl::seq<pegtl::one<'\''>, pegtl::until<pegtl::one<'\''>>> {};

template <typename D> struct dollar;

/// Inside `"…"` the escape character escapes only `"`, `$` and itself; before anything else
/// it is literal.
template <typename D>
struct dq_escape : pegtl::seq<escape_char<D>, pegtl::opt<pegtl::one<'"', '$', D::escape>>> {};
template <typename D> struct dq_char : pegtl::not_one<'"', '$', D::escape> {};
template <typename D>
struct double_quoted
    : pegtl::seq<pegtl::one<'"'>, pegtl::star<pegtl::sor<dollar<D>, dq_escape<D>, dq_char<D>>>,
                 pegtl::one<'"'>> {};

// ---- word parts --------------------------------------------------------------------------

/// A byte that starts nothing: not one of `Stops`, `$`, the escape character or a quote.
template <typename D, char... Stops>
struct plain_char
    : std::conditional_t<D::quotes, pegtl::not_one<Stops..., '$', D::escape, '\'', '"'>,
                         pegtl::not_one<Stops..., '$', D::escape>> {};

template <typename D, char... Stops>
struct word_part
    : std::conditional_t<D::quotes,
                         pegtl::sor<single_quoted, double_quoted<D>, dollar<D>, escaped<D>,
                                    plain_char<D, Stops...>>,
                         pegtl::sor<dollar<D>, escaped<D>, plain_char<D, Stops...>>> {};

/// The word of a modifier, up to and including its unquoted, unescaped `Stop`.
template <typename D, char Stop>
struct word_until : pegtl::seq<pegtl::star<word_part<D, Stop>>, pegtl::one<Stop>> {};

// ---- references --------------------------------------------------------------------------

/// `:-` `:+` `:?` (`:#` and `:%` are BuildKit errors).
struct colon_operator : pegtl::seq<pegtl::one<':'>, pegtl::one<'-', '+', '?'>> {};
/// `-` `+` `?` `#` `%`; `##` and `%%` are `#` and `%` with a word that starts with the same
/// character, as BuildKit reads them.
struct plain_operator : pegtl::one<'-', '+', '?', '#', '%'> {};
template <typename D>
struct modifier : pegtl::seq<pegtl::sor<colon_operator, plain_operator>, word_until<D, '}'>> {};

/// `/` or `//`, then the pattern up to `/` and the replacement up to `}`.
struct replace_operator : pegtl::seq<pegtl::one<'/'>, pegtl::opt<pegtl::one<'/'>>> {};
template <typename D>
struct replacement
    : pegtl::seq<replace_operator, word_until<D, '/'>, word_until<D, '}'>> {};

struct close_brace : pegtl::one<'}'> {};

/// `${`, not followed by `{`, `}` or `:` (BuildKit's "bad substitution").
struct braced_open : pegtl::seq<pegtl::one<'$'>, pegtl::one<'{'>, pegtl::not_at<pegtl::one<'{', '}', ':'>>> {};
/// The name may be empty before `+`, `%` and `/`, which are not names (`${+x}` looks up "").
template <typename Names> struct braced_name : pegtl::opt<name<Names>> {};

/// `${name}` and `${name<op>…}`.
template <typename D>
struct braced_reference
    : pegtl::seq<braced_open, braced_name<typename D::names>,
                 pegtl::sor<close_brace, modifier<D>, replacement<D>>> {};

/// `$name`.
template <typename D>
struct simple_reference : pegtl::seq<pegtl::one<'$'>, name<typename D::names>> {};

/// A `$` that starts no reference is literal; `${` must start a valid braced reference.
struct literal_dollar : pegtl::seq<pegtl::one<'$'>, pegtl::not_at<pegtl::one<'{'>>> {};

template <typename D>
struct dollar : pegtl::sor<braced_reference<D>, simple_reference<D>, literal_dollar> {};

/// A whole word, as ProcessWord / ProcessWords read it.
template <typename D> struct word : pegtl::seq<pegtl::star<word_part<D>>, pegtl::eof> {};

} // namespace dlint::grammar::variables
