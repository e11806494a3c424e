// grammar/Variables.h: PEGTL's analyze() finds no problem (no left recursion, no loop that can
// succeed without consuming), and the rules accept and reject the words BuildKit does.

#include <catch2/catch.hpp>

#include <string>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/Variables.h"
#include "passes/expansion/GoNameClasses.h"

namespace pegtl = tao::pegtl;
namespace gv = dlint::grammar::variables;
using dlint::expansion::GoDialect;

namespace {

template <typename Dialect>
bool accepts(const std::string& word) {
  pegtl::memory_input<> in(word, "word");
  return pegtl::parse<gv::word<Dialect>>(in);
}

template <typename Names>
std::string nameAtStart(const std::string& text) {
  pegtl::memory_input<> in(text, "name");
  if (!pegtl::parse<gv::name<Names>>(in))
    return "<none>";
  return std::string(text.data(), static_cast<std::size_t>(in.current() - text.data()));
}

} // namespace

TEST_CASE("the variable grammar has no analyze() problems", "[expansion][grammar]") {
  CHECK(pegtl::analyze<gv::word<gv::backslash_dialect>>(1) == 0);
  CHECK(pegtl::analyze<gv::word<gv::backtick_dialect>>(1) == 0);
  CHECK(pegtl::analyze<gv::word<gv::dialect<'\\', gv::byte_names, false>>>(1) == 0);
  CHECK(pegtl::analyze<gv::word<GoDialect<'\\'>>>(1) == 0);
  CHECK(pegtl::analyze<gv::word<GoDialect<'`', false>>>(1) == 0);
  CHECK(pegtl::analyze<gv::dollar<GoDialect<'\\'>>>(1) == 0);
  CHECK(pegtl::analyze<gv::name<dlint::expansion::GoNames>>(1) == 0);
}

TEST_CASE("the grammar accepts the reference forms BuildKit accepts", "[expansion][grammar]") {
  using D = gv::backslash_dialect;
  for (const std::string word :
       {"", "plain", "$A", "${A}", "$1x", "$@@", "${999:-x}", "${A:-w}", "${A-w}", "${A:+w}", "${A+w}",
        "${A:?msg}", "${A?}", "${A#p}", "${A##p}", "${A%p}", "${A%%p}", "${A/p/r}", "${A//p/r}", "${A///}",
        "${A:-${B:-$C}}", "${A:-'}'}", "${A:-\"}\"}", "${A:-\\}}", "${A/\\//x}", "${aaa}}", "${+x}",
        "${/x/y}", "${#}", "${##}", "$", "a$", "$.", "\"$\"", "'${'", "\\${", "abc\\", "'a\"b'",
        "\"a\\\"b\"", "${A:-bbb {foo}", "${A/x}y/z}"}) {
    INFO(word);
    CHECK(accepts<D>(word));
  }
}

TEST_CASE("the grammar rejects BuildKit's syntax errors", "[expansion][grammar]") {
  using D = gv::backslash_dialect;
  for (const std::string word :
       {"${}", "${:}", "${:-x}", "${{a}", "${A", "${A:-x", "${A:=x}", "${A=x}", "${A:#x}", "${A:%x}", "${#A}",
        "${!A}", "${.}", "${A/x}", "${A//}", "'open", "\"open", "\"open\\\"", "${A:-${B}", "${1a}",
        "${A:}", "he${PWD"}) {
    INFO(word);
    CHECK_FALSE(accepts<D>(word));
  }
}

TEST_CASE("the escape character is a template parameter", "[expansion][grammar]") {
  // With a backtick escape, `\` is an ordinary character and `` ` `` escapes.
  CHECK(accepts<gv::backtick_dialect>("`${"));
  CHECK_FALSE(accepts<gv::backtick_dialect>("\\${"));
  CHECK(accepts<gv::backtick_dialect>("\"a`\"b\""));
  CHECK_FALSE(accepts<gv::backslash_dialect>("\"a`\"b\""));
  // Without quote processing (heredoc bodies) an open quote is just a character.
  CHECK(accepts<gv::dialect<'\\', gv::byte_names, false>>("it's $A"));
  CHECK_FALSE(accepts<gv::backslash_dialect>("it's $A"));
}

TEST_CASE("names: digit runs, one special character, or letters, digits and _", "[expansion][grammar]") {
  using B = gv::byte_names;
  using G = dlint::expansion::GoNames;
  CHECK(nameAtStart<B>("123abc") == "123");
  CHECK(nameAtStart<B>("0abc") == "0");
  CHECK(nameAtStart<B>("@@") == "@");
  CHECK(nameAtStart<B>("A_1b-c") == "A_1b");
  CHECK(nameAtStart<B>(".x") == "<none>");
  // Byte classes take any byte >= 0x80 as a letter byte; Go's classes know that an em dash
  // is not a letter and that U+0663 (ARABIC-INDIC DIGIT THREE) is a digit.
  CHECK(nameAtStart<B>("A\u2014x") == "A\u2014x");
  CHECK(nameAtStart<G>("A\u2014x") == "A");
  CHECK(nameAtStart<G>("A\u00e4x") == "A\u00e4x");
  CHECK(nameAtStart<G>("\u0663x") == "\u0663");
  CHECK(nameAtStart<G>("A\xff") == "A");
}
