// The grammar (findReferences) and the lexer (processWord) must agree on random words built
// from the characters that matter: the grammar accepts a word exactly when the lexer reports
// no syntax error, and then both find the same references at the same places.

#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "passes/expansion/ReferenceFinder.h"
#include "passes/expansion/WordExpander.h"
#include "test/unit/expansion/ReferencePrinting.h"

using namespace dlint::expansion;

namespace {

bool isSyntaxError(const std::string& message) {
  return message.rfind("syntax error", 0) == 0 || message.rfind("unsupported modifier", 0) == 0 ||
         message.rfind("unexpected end of statement", 0) == 0;
}

void checkAgreement(const std::string& word, const ExpandOptions& options, const Environment& env) {
  INFO("word '" << word << "' escape '" << options.escape << "' quotes " << !options.skipProcessQuotes);
  const ExpandResult result = processWord(word, env, options);
  const auto refs = findReferences(word, options);
  if (result.ok()) {
    REQUIRE(refs.has_value());
    std::vector<VariableReference> expected = result.references;
    for (auto& r : expected)
      r.set = false;
    CHECK(*refs == expected);
  } else {
    INFO("error: " << result.error->message);
    CHECK(refs.has_value() == !isSyntaxError(result.error->message));
  }
}

} // namespace

TEST_CASE("grammar and lexer agree on random words", "[expansion][grammar]") {
  const std::string alphabet = "$${}}:-+?#%/'\"\\`aB1@ \xc3\xa4";
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> length(0, 14);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  const Environment env = Environment::fromList({"a=x", "B=", "1=one"});

  ExpandOptions backslash;
  ExpandOptions backtick;
  backtick.escape = '`';
  ExpandOptions heredoc;
  heredoc.skipProcessQuotes = true;
  for (int i = 0; i < 30000; ++i) {
    std::string word(length(rng), ' ');
    for (char& c : word)
      c = alphabet[pick(rng)];
    checkAgreement(word, backslash, env);
    checkAgreement(word, backtick, env);
    checkAgreement(word, heredoc, env);
  }
}
