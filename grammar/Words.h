#pragma once
// Word splitting for ENV, LABEL and ARG (BuildKit's parseWords): whitespace separates words
// except inside quotes; quotes and escapes are KEPT in the word; an escape token at the very
// end is dropped. And plain whitespace lists for FROM, EXPOSE, COPY, ADD and VOLUME.

#include "grammar/Lexical.h"

namespace dlint::grammar::words {

template <char Escape> struct escaped_char : pegtl::seq<pegtl::one<Escape>, utf8_char> {};
/// A trailing escape token: dropped from the word.
template <char Escape> struct trailing_escape : pegtl::seq<pegtl::one<Escape>, pegtl::eof> {};

template <char Escape>
struct double_quoted
    : pegtl::seq<pegtl::one<'"'>,
                 pegtl::star<pegtl::sor<trailing_escape<Escape>, escaped_char<Escape>,
                                        pegtl::seq<pegtl::not_one<'"'>>>>,
                 pegtl::opt<pegtl::one<'"'>>> {};
struct single_quoted
    : pegtl::seq<pegtl::one<'\''>, pegtl::star<pegtl::not_one<'\''>>, pegtl::opt<pegtl::one<'\''>>> {};

/// A run of bytes that can only be plain word characters: no whitespace, quote or escape, and
/// no lead byte of a multi-byte Unicode space (those go through unicode_space below). It is
/// the common case, matched in one step instead of one code point at a time.
template <char Escape>
struct plain_run : pegtl::plus<pegtl::not_one<' ', '\t', '\n', '\v', '\f', '\r', '\'', '"', Escape, '\xC2',
                                              '\xE1', '\xE2', '\xE3'>> {};

template <char Escape>
struct word_part : pegtl::sor<plain_run<Escape>, single_quoted, double_quoted<Escape>, trailing_escape<Escape>,
                              escaped_char<Escape>,
                              pegtl::seq<pegtl::not_at<unicode_space>, utf8_char>> {};
template <char Escape> struct word : pegtl::plus<word_part<Escape>> {};
template <char Escape>
struct word_list : pegtl::seq<pegtl::star<unicode_space>,
                              pegtl::star<word<Escape>, pegtl::star<unicode_space>>, pegtl::eof> {};

/// `[\t\v\f\r ]+`-separated words, no quote handling (parseStringsWhitespaceDelimited).
struct plain_word : pegtl::plus<pegtl::not_at<split_space>, pegtl::any> {};
struct plain_list : pegtl::seq<pegtl::star<split_space>, pegtl::star<plain_word, pegtl::star<split_space>>,
                               pegtl::eof> {};

} // namespace dlint::grammar::words
