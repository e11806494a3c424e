// PEGTL's analyze<>() finds rules that can loop forever without consuming input, and similar
// grammar bugs, without parsing anything.
#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/Dockerfile.h"

namespace g = dlint::grammar;
using tao::pegtl::analyze;

TEST_CASE("the Dockerfile grammar has no problems", "[grammar]") {
  CHECK(analyze<g::directives::line>(1) == 0);
  CHECK(analyze<g::lines::blank_line>(1) == 0);
  CHECK(analyze<g::lines::comment_line>(1) == 0);
  CHECK(analyze<g::lines::continued_line<'\\'>>(1) == 0);
  CHECK(analyze<g::lines::continued_line<'`'>>(1) == 0);
  CHECK(analyze<g::instruction::line>(1) == 0);
  CHECK(analyze<g::instruction::flags_then_rest<'\\'>>(1) == 0);
  CHECK(analyze<g::instruction::flags_then_rest<'`'>>(1) == 0);
  CHECK(analyze<g::json::exec_form>(1) == 0);
  CHECK(analyze<g::words::word_list<'\\'>>(1) == 0);
  CHECK(analyze<g::words::word_list<'`'>>(1) == 0);
  CHECK(analyze<g::words::plain_list>(1) == 0);
  CHECK(analyze<g::heredoc::line>(1) == 0);
  CHECK(analyze<g::heredoc::pattern>(1) == 0);
  CHECK(analyze<g::heredoc::name>(1) == 0);
  CHECK(analyze<g::mount::spec>(1) == 0);
}
