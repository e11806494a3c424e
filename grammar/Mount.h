#pragma once
// The value of RUN --mount: CSV fields (a field may be "quoted", with "" for a quote), each a
// `key=value` pair or a bare keyword.

#include "grammar/Lexical.h"

namespace dlint::grammar::mount {

struct quoted_field
    : pegtl::seq<pegtl::one<'"'>, pegtl::star<pegtl::sor<pegtl::two<'"'>, pegtl::not_one<'"'>>>, pegtl::one<'"'>> {};
struct plain_field : pegtl::star<pegtl::not_one<','>> {};
struct field : pegtl::sor<pegtl::seq<quoted_field, pegtl::at<pegtl::sor<pegtl::one<','>, pegtl::eof>>>, plain_field> {};
struct spec : pegtl::seq<pegtl::list<field, pegtl::one<','>>, pegtl::eof> {};

} // namespace dlint::grammar::mount
