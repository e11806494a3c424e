#include <catch2/catch.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/Shell.h"

TEST_CASE("shell grammar: PEGTL analysis finds no problems", "[shell]") {
  CHECK(tao::pegtl::analyze<dlint::grammar::shell::script>() == 0);
  CHECK(tao::pegtl::analyze<dlint::grammar::shell::heredoc_text>() == 0);
}
