// BuildKit's envVarTest table (frontend/dockerfile/shell/lex_test.go TestShellParser4EnvVars):
// every row through processWord, with the environment the upstream test uses. Rows marked A
// run on both platforms, U on Unix (case-sensitive names), W on Windows (case-insensitive).
// Each row is also checked against the grammar: findReferences must agree with what the
// lexer looked up, and reject exactly the words that fail with a syntax error.

#include <catch2/catch.hpp>

#include "passes/expansion/ReferenceFinder.h"
#include "passes/expansion/WordExpander.h"
#include "test/unit/expansion/ReferencePrinting.h"
#include "test/unit/expansion/TableFiles.h"

using namespace dlint::expansion;
using namespace dlint::test;

namespace {

struct Row {
  std::size_t line;
  std::string platform;
  std::string source;
  std::string expected;
};

bool isSyntaxError(const std::string& message) {
  return message.rfind("syntax error", 0) == 0 || message.rfind("unsupported modifier", 0) == 0 ||
         message.rfind("unexpected end of statement", 0) == 0;
}

std::vector<VariableReference> withoutSetFlags(std::vector<VariableReference> refs) {
  for (auto& r : refs)
    r.set = false;
  return refs;
}

} // namespace

TEST_CASE("every row of BuildKit's envVarTest table expands as BuildKit does", "[expansion][buildkit-table]") {
  const std::string path = sharedShellLexerPath("envVarTest");
  const auto lines = readScanLines(path);
  if (!lines) {
    WARN("../shared not found: skipping BuildKit's envVarTest table (" << path << ")");
    SUCCEED("skipped");
    return;
  }

  std::vector<Row> rows;
  for (std::size_t i = 0; i < lines->size(); ++i) {
    const std::string& raw = (*lines)[i];
    if (raw.rfind("#", 0) == 0)
      continue;
    if (trimSpace(raw).empty())
      continue;
    const auto fields = splitOn(trimSpace(raw), '|');
    INFO("line " << i + 1 << ": " << raw);
    REQUIRE(fields.size() == 3);
    rows.push_back({i + 1, trimSpace(fields[0]), trimSpace(fields[1]), trimSpace(fields[2])});
  }
  REQUIRE(rows.size() > 200); // the table was really read

  for (const bool windows : {false, true}) {
    const Environment env = Environment::fromList({"PWD=/home", "SHELL=bash", "KOREAN=한국어", "NULL="}, windows);
    std::size_t total = 0;
    std::size_t passed = 0;
    for (const Row& row : rows) {
      REQUIRE((row.platform == "A" || row.platform == "U" || row.platform == "W"));
      if (row.platform == (windows ? "U" : "W"))
        continue;
      ++total;
      const ExpandResult result = processWord(row.source, env);
      INFO((windows ? "windows" : "unix") << ", envVarTest line " << row.line << ": " << row.source);
      INFO("got: " << (result.ok() ? result.value : "error: " + result.error->message));
      const bool ok = row.expected == "error" ? !result.ok() : (result.ok() && result.value == row.expected);
      CHECK(ok);
      if (ok)
        ++passed;

      const auto refs = findReferences(row.source);
      if (result.ok()) {
        REQUIRE(refs.has_value());
        CHECK(*refs == withoutSetFlags(result.references));
      } else if (isSyntaxError(result.error->message)) {
        CHECK_FALSE(refs.has_value());
      } else {
        CHECK(refs.has_value());
      }
    }
    CHECK(passed == total);
    SUCCEED("envVarTest " << (windows ? "windows" : "unix") << ": " << passed << "/" << total << " rows pass");
  }
}
