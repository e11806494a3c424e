#pragma once
// Character classes shared by the Dockerfile grammars. BuildKit mixes three notions of
// whitespace; each has its own rule so the grammar says exactly which one applies where.

#include <tao/pegtl.hpp>

namespace dlint::grammar {

namespace pegtl = tao::pegtl;

/// `[\t\v\f\r ]`: BuildKit's reWhitespace, used to split keywords and whitespace lists.
struct split_space : pegtl::one<' ', '\t', '\v', '\f', '\r'> {};

/// Go regexp `\s` (`[\t\n\f\r ]`), used inside directive and heredoc patterns.
struct re_space : pegtl::one<' ', '\t', '\n', '\f', '\r'> {};

/// `[ \t]`: what may follow a line-continuation escape.
struct blank : pegtl::one<' ', '\t'> {};

/// Go's unicode.IsSpace over UTF-8 text: ASCII spaces, U+0085, U+00A0, U+1680, U+2000-U+200A,
/// U+2028, U+2029, U+202F, U+205F and U+3000.
struct unicode_space
    : pegtl::sor<pegtl::one<' ', '\t', '\n', '\v', '\f', '\r'>,
                 pegtl::seq<pegtl::one<'\xC2'>, pegtl::one<'\x85', '\xA0'>>,
                 pegtl::seq<pegtl::one<'\xE1'>, pegtl::one<'\x9A'>, pegtl::one<'\x80'>>,
                 pegtl::seq<pegtl::one<'\xE2'>, pegtl::one<'\x80'>,
                            pegtl::sor<pegtl::range<'\x80', '\x8A'>, pegtl::one<'\xA8', '\xA9', '\xAF'>>>,
                 pegtl::seq<pegtl::one<'\xE2'>, pegtl::one<'\x81'>, pegtl::one<'\x9F'>>,
                 pegtl::seq<pegtl::one<'\xE3'>, pegtl::one<'\x80'>, pegtl::one<'\x80'>>> {};

/// unicode.IsSpace applied to a single byte taken as a rune, as BuildKit's flag scanner does:
/// the ASCII spaces plus the bytes 0x85 and 0xA0 (even inside a multi-byte character).
struct byte_space : pegtl::one<' ', '\t', '\n', '\v', '\f', '\r', '\x85', '\xA0'> {};

/// Any byte of a UTF-8 sequence, decoded leniently: one code point, or one stray byte.
struct utf8_char : pegtl::sor<pegtl::utf8::any, pegtl::any> {};

} // namespace dlint::grammar
