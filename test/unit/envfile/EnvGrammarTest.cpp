// The .env grammar: PEGTL's analyze<>() finds rules that can loop without consuming input, and
// the statement rules accept exactly the lines they are named for.
#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/env/EnvFile.h"

namespace g = dlint::grammar::env;
namespace pegtl = tao::pegtl;

namespace {

/// True when `Rule` matches all of `text`.
template <typename Rule> bool matchesAll(std::string_view text) {
  pegtl::memory_input<> in(text.data(), text.data() + text.size(), "");
  return pegtl::parse<pegtl::seq<Rule, pegtl::eof>>(in);
}

} // namespace

TEST_CASE("the .env grammar has no problems", "[envfile]") {
  CHECK(pegtl::analyze<g::file>(1) == 0);
  CHECK(pegtl::analyze<g::unquoted_references>(1) == 0);
  CHECK(pegtl::analyze<g::double_quoted_references>(1) == 0);
}

TEST_CASE("the .env grammar classifies statements", "[envfile]") {
  CHECK(matchesAll<g::quoted_assignment>("A='x'\n"));
  CHECK(matchesAll<g::quoted_assignment>("export A = \"x\\\"y\"  # c\n"));
  CHECK(matchesAll<g::quoted_assignment>("A=\"line one\nline two\"\n"));
  CHECK(matchesAll<g::unquoted_assignment>("A=b c # d\n"));
  CHECK(matchesAll<g::unquoted_assignment>("A:b"));
  CHECK(matchesAll<g::unquoted_assignment>("A="));
  CHECK_FALSE(matchesAll<g::unquoted_assignment>("A=\"x\" y\n"));
  CHECK(matchesAll<g::inherited_key>("  A_B.c-d[0]  \n"));
  CHECK(matchesAll<g::inherited_key>("export"));
  CHECK(matchesAll<g::error_text_after_quote>("A=\"x\" y\n"));
  CHECK(matchesAll<g::error_unterminated_quote>("A='x\n"));
  CHECK(matchesAll<g::error_empty_key>("=x\n"));
  CHECK(matchesAll<g::error_space_in_key>("A B=1\n"));
  CHECK(matchesAll<g::error_bad_key_char>("A%B=1\n"));
  CHECK(matchesAll<g::error_bad_key_char>("A # c\n"));
  CHECK(matchesAll<g::comment_line>("  # only a comment\n"));
  CHECK(matchesAll<g::blank_line>(" \t\r\n"));
  // Every line is something: the file rule never stops early.
  CHECK(matchesAll<g::file>("A=1\n\"B\"=2\nC D\n=E\nF='unterminated\n# end"));
}

TEST_CASE("the .env grammar reads references as compose-go's template does", "[envfile]") {
  CHECK(matchesAll<g::named_reference>("$HOME"));
  CHECK(matchesAll<g::braced_reference>("${HOME}"));
  CHECK(matchesAll<g::braced_reference>("${A:-${B:-x}}"));
  CHECK(matchesAll<g::braced_reference>("${a?must be set}"));
  CHECK_FALSE(matchesAll<g::braced_reference>("${1}"));
  CHECK_FALSE(matchesAll<g::braced_reference>("${A"));
  CHECK_FALSE(matchesAll<g::named_reference>("$1"));
  CHECK(matchesAll<g::escaped_dollar>("$$"));
}
