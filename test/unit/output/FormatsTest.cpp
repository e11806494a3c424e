// Unit tests for output/: SARIF fingerprints, the escaping of each text format, GNU ranges and
// the embedded rule docs.
#include <catch2/catch.hpp>

#include "output/Checkstyle.h"
#include "output/Fingerprint.h"
#include "output/GithubAnnotations.h"
#include "output/GnuFormat.h"
#include "output/Locations.h"
#include "output/RuleDocs.h"

using namespace dlint;
using namespace dlint::output;

namespace {

/// The fingerprint of the first finding at `needle` in `text`, as the SARIF writer makes it.
std::string fingerprintAt(const std::string& text, const std::string& needle, std::string_view code = "DF302") {
  SourceFile file("Dockerfile", text);
  const auto at = static_cast<std::uint32_t>(text.find(needle));
  FingerprintCounter counter;
  return counter.next("Dockerfile", code, file, {at, at + static_cast<std::uint32_t>(needle.size())});
}

} // namespace

TEST_CASE("fingerprints survive lines inserted above the finding", "[output]") {
  const std::string before = "FROM alpine:3.20\nRUN sudo ls\n";
  const std::string after = "FROM alpine:3.20\n# a comment\nLABEL a=b\n\nRUN sudo ls\n";
  CHECK(fingerprintAt(before, "sudo") == fingerprintAt(after, "sudo"));
  // Indentation and trailing blanks do not matter either.
  CHECK(fingerprintAt(before, "sudo") == fingerprintAt("FROM alpine:3.20\n  RUN   sudo ls  \r\n", "sudo"));
}

TEST_CASE("fingerprints change with the finding's text and rule", "[output]") {
  const std::string text = "FROM alpine:3.20\nRUN sudo ls\n";
  CHECK(fingerprintAt(text, "sudo") != fingerprintAt("FROM alpine:3.20\nRUN sudo ls -l\n", "sudo"));
  CHECK(fingerprintAt(text, "sudo", "DF302") != fingerprintAt(text, "sudo", "DF303"));
  CHECK(fingerprintAt(text, "sudo").size() == 16 + 2); // 16 hex digits, ':', occurrence
}

TEST_CASE("identical findings get distinct occurrence numbers", "[output]") {
  const std::string text = "FROM a\nRUN sudo ls\nRUN sudo ls\n";
  SourceFile file("Dockerfile", text);
  FingerprintCounter counter;
  const auto first = static_cast<std::uint32_t>(text.find("sudo"));
  const auto second = static_cast<std::uint32_t>(text.rfind("sudo"));
  const std::string a = counter.next("Dockerfile", "DF302", file, {first, first + 4});
  const std::string b = counter.next("Dockerfile", "DF302", file, {second, second + 4});
  CHECK(a.substr(0, 16) == b.substr(0, 16));
  CHECK(a.substr(16) == ":0");
  CHECK(b.substr(16) == ":1");
}

TEST_CASE("fingerprints hash masked text, never a secret", "[output]") {
  const std::string text = "FROM a\nENV T=gho_Fz0hEh4fR5a8fiFUnkbcl8pAdbYmGzoEcQC4\n";
  SourceFile file("Dockerfile", text);
  const auto at = static_cast<std::uint32_t>(text.find("gho_"));
  file.addSecret({at, at + 40});
  const std::string normalised = normalisedFindingText(file, {at, at + 40});
  CHECK(normalised.find("Fz0hEh4f") == std::string::npos);
  CHECK(normalised.rfind("ENVT=gho_", 0) == 0);
}

TEST_CASE("GitHub workflow commands escape data and properties", "[output]") {
  CHECK(escapeGithubData("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b");
  CHECK(escapeGithubProperty("a,b:c%\n") == "a%2Cb%3Ac%25%0A");
}

TEST_CASE("Checkstyle escapes XML attribute values", "[output]") {
  CHECK(escapeXml("<'a' & \"b\">\n") == "&lt;&apos;a&apos; &amp; &quot;b&quot;&gt;&#10;");
  CHECK(escapeXml(std::string("x\x01y", 3)) == "x\xEF\xBF\xBDy");
}

TEST_CASE("GNU locations use the standards' point and range forms", "[output]") {
  SourceFile file("Dockerfile", "FROM a\nRUN x \\\n  y\n\tRUN z\n");
  CHECK(gnuLocation(file, {7, 7}) == "2:1");
  CHECK(gnuLocation(file, {7, 10}) == "2.1-3");        // 'RUN': columns 1 to 3 inclusive
  CHECK(gnuLocation(file, {7, 19}) == "2.1-3.3");      // over the continuation line
  CHECK(gnuLocation(file, {7, 15}) == "2.1-7");        // ends with the newline: still line 2
  CHECK(gnuLocation(file, {20, 23}) == "4.9-11");      // after a tab: display column 9
}

TEST_CASE("SARIF snippets mask secrets code point by code point", "[output]") {
  const std::string text = "FROM a\nENV T=\xF0\x9F\x98\x80 gho_Fz0hEh4fR5a8fiFUnkbcl8pAdbYmGzoEcQC4\n";
  SourceFile file("Dockerfile", text);
  const auto at = static_cast<std::uint32_t>(text.find("gho_"));
  file.addSecret({at, at + 40});
  CHECK(maskedSnippet(file, {at, at + 40}) == "gho_" + std::string(36, '*'));
  CHECK(maskedSnippet(file, {7, at + 4}) == "ENV T=\xF0\x9F\x98\x80 gho_");
  CHECK(positionsOf(file, {at, at}).start.codePointColumn == 9);
}

TEST_CASE("artifact URIs are relative inside the working directory", "[output]") {
  bool relative = false;
  CHECK(artifactUri("sub dir/Dockerfile", relative) == "sub%20dir/Dockerfile");
  CHECK(relative);
  CHECK(artifactUri("/definitely/elsewhere/Dockerfile", relative) == "file:///definitely/elsewhere/Dockerfile");
  CHECK_FALSE(relative);
}

TEST_CASE("rule docs are embedded in the binary", "[output]") {
  const std::optional<std::string_view> doc = ruleDoc("DF302");
  REQUIRE(doc);
  CHECK(doc->rfind("# DF302: sudo-in-run", 0) == 0);
  CHECK_FALSE(ruleDoc("DF999"));
  const std::string what = firstParagraph(*doc, "What it does");
  CHECK(what.rfind("Reports every simple command of a RUN", 0) == 0);
  CHECK(what.find('\n') == std::string::npos);
}
