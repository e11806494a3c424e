#pragma once
// An instruction's logical line: keyword, builder flags, argument text.

#include "grammar/Lexical.h"

namespace dlint::grammar::instruction {

/// Any run of non-space characters is a keyword (`RUN["a"]` is an unknown keyword).
struct keyword : pegtl::plus<pegtl::not_at<split_space>, pegtl::not_one<'\n'>> {};
struct line : pegtl::seq<keyword, pegtl::star<split_space>> {};

// Builder flags: the leading `--words` of the argument text. Quotes group and are removed, the
// escape token escapes the next byte and is removed; a bare `--` ends the flags.
template <char Escape> struct escaped : pegtl::seq<pegtl::one<Escape>, pegtl::opt<pegtl::any>> {};
template <char Escape>
struct quoted_single
    : pegtl::seq<pegtl::one<'\''>,
                 pegtl::star<pegtl::sor<escaped<Escape>, pegtl::not_one<'\''>>>, pegtl::opt<pegtl::one<'\''>>> {};
template <char Escape>
struct quoted_double
    : pegtl::seq<pegtl::one<'"'>,
                 pegtl::star<pegtl::sor<escaped<Escape>, pegtl::not_one<'"'>>>, pegtl::opt<pegtl::one<'"'>>> {};
template <char Escape>
struct flag_part : pegtl::sor<quoted_single<Escape>, quoted_double<Escape>, escaped<Escape>,
                              pegtl::seq<pegtl::not_at<byte_space>, pegtl::any>> {};
template <char Escape> struct flag_word : pegtl::seq<pegtl::two<'-'>, pegtl::star<flag_part<Escape>>> {};
struct end_of_flags : pegtl::seq<pegtl::two<'-'>, pegtl::sor<byte_space, pegtl::eof>> {};
template <char Escape>
struct flags : pegtl::star<pegtl::star<byte_space>, pegtl::not_at<end_of_flags>, flag_word<Escape>> {};
template <char Escape>
struct flags_then_rest
    : pegtl::seq<flags<Escape>, pegtl::star<byte_space>, pegtl::opt<end_of_flags>> {};

} // namespace dlint::grammar::instruction
