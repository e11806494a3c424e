// BuildKit's wordsTest table (lex_test.go TestShellParser4Words): processWords on every row,
// with the `ENV` lines of the table building the environment as the upstream test does.

#include <catch2/catch.hpp>

#include "passes/expansion/WordExpander.h"
#include "test/unit/expansion/TableFiles.h"

using namespace dlint::expansion;
using namespace dlint::test;

TEST_CASE("every row of BuildKit's wordsTest table splits as BuildKit does", "[expansion][buildkit-table]") {
  const std::string path = sharedShellLexerPath("wordsTest");
  const auto lines = readScanLines(path);
  if (!lines) {
    WARN("../shared not found: skipping BuildKit's wordsTest table (" << path << ")");
    SUCCEED("skipped");
    return;
  }

  std::vector<std::string> envEntries;
  std::size_t total = 0;
  std::size_t passed = 0;
  for (std::size_t i = 0; i < lines->size(); ++i) {
    const std::string& line = (*lines)[i];
    if (line.rfind("#", 0) == 0)
      continue;
    if (line.rfind("ENV ", 0) == 0) {
      envEntries.push_back(trimLeftSpaces(std::string_view(line).substr(3)));
      continue;
    }
    const auto fields = splitOn(line, '|');
    INFO("wordsTest line " << i + 1 << ": " << line);
    REQUIRE(fields.size() == 2);
    const std::string input = trimSpace(fields[0]);
    const std::vector<std::string> expected = splitOn(trimLeftSpaces(fields[1]), ',');

    ++total;
    const WordsResult result = processWords(input, Environment::fromList(envEntries));
    const std::vector<std::string> got = result.ok() ? result.words : std::vector<std::string>{"error"};
    CAPTURE(got);
    CHECK(got == expected);
    if (got == expected)
      ++passed;
  }
  REQUIRE(total > 20); // the table was really read
  CHECK(passed == total);
  SUCCEED("wordsTest: " << passed << "/" << total << " rows pass");
}
