// --diff's unified diff and --parseable-fixits' clang escaping.
#include <catch2/catch.hpp>

#include "diagnostics/SourceManager.h"
#include "fix/ParseableFixits.h"
#include "fix/UnifiedDiff.h"

using namespace dlint;

TEST_CASE("unified diff of a one-line change", "[fix]") {
  const std::string before = "FROM alpine\nRUN a\nRUN b\nRUN c\nRUN d\nRUN e\nRUN f\n";
  const std::string after = "FROM alpine\nRUN a\nRUN b\nRUN c\nRUN D\nRUN e\nRUN f\n";
  CHECK(fix::unifiedDiff("Dockerfile", before, after) ==
        "--- Dockerfile\n+++ Dockerfile\n@@ -2,6 +2,6 @@\n RUN a\n RUN b\n RUN c\n-RUN d\n+RUN D\n RUN e\n RUN f\n");
  CHECK(fix::unifiedDiff("Dockerfile", before, before).empty());
}

TEST_CASE("unified diff: far apart changes make two hunks; no final newline is marked", "[fix]") {
  std::string before;
  for (int i = 1; i <= 20; ++i)
    before += "L" + std::to_string(i) + "\n";
  std::string after = before;
  after.replace(after.find("L2\n"), 3, "X2\n");
  after.replace(after.find("L19\n"), 4, "X19\n");
  const std::string diff = fix::unifiedDiff("f", before, after);
  CHECK_THAT(diff, Catch::Contains("@@ -1,5 +1,5 @@\n L1\n-L2\n+X2\n L3\n"));
  CHECK_THAT(diff, Catch::Contains("@@ -16,5 +16,5 @@\n L16\n L17\n L18\n-L19\n+X19\n L20\n"));

  CHECK(fix::unifiedDiff("f", "a\nb", "a\nc") ==
        "--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
}

TEST_CASE("parseable fix-its use clang's format and escaping", "[fix]") {
  CHECK(fix::escapeLikeClang("a\"b\\c\td\ne\r\x01") == "a\\\"b\\\\c\\td\\ne\\015\\001");
  CHECK(fix::escapeLikeClang("caf\xC3\xA9") == "caf\\303\\251");

  const SourceFile file("dir/Docker\"file", "FROM alpine\r\nRUN \xC3\xA9 apk add curl\r\n");
  const auto add = static_cast<std::uint32_t>(file.text().find("add") + 3);
  // Columns count bytes: the é before it is two.
  CHECK(fix::parseableFixit(file, {{add, add}, " --no-cache"}) ==
        "fix-it:\"dir/Docker\\\"file\":{2:15-2:15}:\" --no-cache\"");
  CHECK(fix::parseableFixit(file, {{0, 4}, ""}) == "fix-it:\"dir/Docker\\\"file\":{1:1-1:5}:\"\"");
  // A range over a line end ends on the next line.
  CHECK(fix::parseableFixit(file, {{11, 13}, "\n"}) == "fix-it:\"dir/Docker\\\"file\":{1:12-2:1}:\"\\n\"");
}
