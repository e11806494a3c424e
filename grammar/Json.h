#pragma once
// Exec (JSON) form: the argument text is, as a whole, one JSON array (RFC 8259, as Go's
// encoding/json accepts it) with optional surrounding whitespace. Elements may be any JSON value
// so that the frontend can tell "valid JSON with a non-string element" (a hard error in BuildKit)
// from "not JSON at all" (silently shell form).

#include "grammar/Lexical.h"

namespace dlint::grammar::json {

struct ws : pegtl::star<pegtl::one<' ', '\t', '\n', '\r'>> {};

struct hex4 : pegtl::rep<4, pegtl::xdigit> {};
struct escape : pegtl::seq<pegtl::one<'\\'>,
                           pegtl::sor<pegtl::one<'"', '\\', '/', 'b', 'f', 'n', 'r', 't'>,
                                      pegtl::seq<pegtl::one<'u'>, hex4>>> {};
/// Any byte but '"', '\\' and control characters; invalid UTF-8 is accepted (Go replaces it).
struct unescaped : pegtl::sor<pegtl::range<'\x20', '\x21'>, pegtl::range<'\x23', '\x5B'>,
                              pegtl::range<'\x5D', '\x7F'>, pegtl::range<'\x80', '\xFF'>> {};
struct string_body : pegtl::star<pegtl::sor<escape, unescaped>> {};
struct string : pegtl::seq<pegtl::one<'"'>, string_body, pegtl::one<'"'>> {};

struct int_part : pegtl::sor<pegtl::one<'0'>, pegtl::seq<pegtl::range<'1', '9'>, pegtl::star<pegtl::digit>>> {};
struct frac : pegtl::seq<pegtl::one<'.'>, pegtl::plus<pegtl::digit>> {};
struct exp : pegtl::seq<pegtl::one<'e', 'E'>, pegtl::opt<pegtl::one<'+', '-'>>, pegtl::plus<pegtl::digit>> {};
struct number : pegtl::seq<pegtl::opt<pegtl::one<'-'>>, int_part, pegtl::opt<frac>, pegtl::opt<exp>> {};
struct literal : pegtl::sor<pegtl::string<'t', 'r', 'u', 'e'>, pegtl::string<'f', 'a', 'l', 's', 'e'>,
                            pegtl::string<'n', 'u', 'l', 'l'>> {};

struct value;
struct array_body : pegtl::opt<pegtl::list<pegtl::seq<ws, value, ws>, pegtl::one<','>>> {};
struct array : pegtl::seq<pegtl::one<'['>, ws, pegtl::sor<pegtl::one<']'>, pegtl::seq<array_body, pegtl::one<']'>>>> {};
struct member : pegtl::seq<ws, string, ws, pegtl::one<':'>, ws, value, ws> {};
struct object : pegtl::seq<pegtl::one<'{'>, ws, pegtl::sor<pegtl::one<'}'>,
                           pegtl::seq<pegtl::list<member, pegtl::one<','>>, pegtl::one<'}'>>>> {};
/// A nested value; its depth is bounded by the frontend's control class.
struct value : pegtl::sor<string, number, literal, array, object> {};

/// A top-level element: the frontend records whether it is a string.
struct top_string : string {};
struct non_string : pegtl::sor<number, literal, array, object> {};
struct element : pegtl::seq<ws, pegtl::sor<top_string, non_string>, ws> {};
struct elements : pegtl::opt<pegtl::list<element, pegtl::one<','>>> {};
struct top_array
    : pegtl::seq<pegtl::one<'['>, ws, pegtl::sor<pegtl::one<']'>, pegtl::seq<elements, pegtl::one<']'>>>> {};

/// Unicode whitespace may surround the array (BuildKit left-trims with unicode.IsSpace first).
struct exec_form : pegtl::seq<pegtl::star<unicode_space>, top_array, ws, pegtl::eof> {};

} // namespace dlint::grammar::json
