#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "secrets/SecretScanner.h"

// The scanner runs most detectors only on the lines that hold their keyword, which is exact only
// when a pattern never matches across a line break (secrets/SecretScanner.cpp lists those that
// can). These tests compare it with whole-text scanning, so a new pattern that spans lines but
// is not listed shows up here.

namespace {

using dlint::secrets::SecretMatch;
using dlint::secrets::SecretScanner;

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void checkSameFindings(const SecretScanner& lines, const SecretScanner& whole, const std::string& text,
                       const std::string& name) {
  const std::vector<SecretMatch> a = lines.scan(text);
  const std::vector<SecretMatch> b = whole.scan(text);
  INFO(name);
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].detector == b[i].detector);
    CHECK(a[i].secret == b[i].secret);
    CHECK(a[i].match == b[i].match);
  }
}

/// A text and what both scans find in it.
struct FilterCase {
  std::string text;
  std::size_t findings;
};

/// A detector's hit filter may only drop lines where its pattern cannot match: each case must
/// give the same findings with line windows (filters on) as with whole-text scanning (off).
void checkFilterCases(const std::vector<FilterCase>& cases) {
  const SecretScanner lines(SecretScanner::Windows::Lines);
  const SecretScanner whole(SecretScanner::Windows::WholeText);
  for (const FilterCase& c : cases) {
    checkSameFindings(lines, whole, c.text, c.text);
    CHECK(lines.scan(c.text).size() == c.findings);
  }
}

} // namespace

TEST_CASE("secrets: line windows find what whole-text scanning finds in every test input", "[secrets]") {
  namespace fs = std::filesystem;
  const SecretScanner lines(SecretScanner::Windows::Lines);
  const SecretScanner whole(SecretScanner::Windows::WholeText);
  std::size_t files = 0;
  std::size_t findings = 0;
  // The lit inputs hold a positive and look-alike negatives for every detector.
  for (const char* folder : {"test/lit/rules", "test/lit/secret", "examples"}) {
    const fs::path root = fs::path(DLINT_SOURCE_DIR) / folder;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file())
        continue;
      const std::string text = readFile(entry.path());
      checkSameFindings(lines, whole, text, entry.path().string());
      // The same text with Windows line endings and with every line break doubled.
      std::string crlf;
      std::string doubled;
      for (char c : text) {
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
        doubled += c == '\n' ? std::string("\n\n") : std::string(1, c);
      }
      checkSameFindings(lines, whole, crlf, entry.path().string() + " (CRLF)");
      checkSameFindings(lines, whole, doubled, entry.path().string() + " (blank lines)");
      findings += lines.scan(text).size();
      ++files;
    }
  }
  CHECK(files > 50);
  CHECK(findings > 80); // the SE tests alone hold more positives than this
}

TEST_CASE("secrets: line windows agree with whole-text scanning over the real corpus", "[secrets][corpus]") {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(DLINT_SHARED_DIR) / "corpus" / "real";
  if (!fs::is_directory(root)) {
    WARN("skipped: " << root.string() << " is absent");
    return;
  }
  const SecretScanner lines(SecretScanner::Windows::Lines);
  const SecretScanner whole(SecretScanner::Windows::WholeText);
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file())
      continue;
    checkSameFindings(lines, whole, readFile(entry.path()), entry.path().string());
    ++files;
  }
  CHECK(files > 1000);
}

TEST_CASE("secrets: the curl and wget hit filters keep every match a whole-text scan finds", "[secrets]") {
  checkFilterCases({
      {"RUN curl -fsSL -u deploy:Zq8xW3pLm https://example.com/a\n", 1},
      {"RUN curl -fsSL \\\n    --user deploy:Zq8xW3pLm \\\n    https://example.com/a\n", 1},
      {"RUN CURL -fsSL -U deploy:Zq8xW3pLm https://example.com/a\n", 1},      // (?i)
      {"RUN curl https://example.com/a\n-u deploy:Zq8xW3pLm\n", 1},          // the newline is the \s
      {"RUN curl https://example.com/a && other -u deploy:Zq8xW3pLm\n", 0}, // another command's -u
      {"RUN curl https://example.com/a\n\n-u deploy:Zq8xW3pLm\n", 0},
      {"RUN wget --password=Zq8xW3pLm https://example.com/a\n", 1},
      {"RUN wget -q \\\n  --ftp-password Zq8xW3pLm ftp://example.com/a\n", 1},
      {"RUN wget -q https://example.com/a; echo --password=Zq8xW3pLm\n", 0},
  });
}

TEST_CASE("secrets: the generic-secret hit filter keeps every match a whole-text scan finds", "[secrets]") {
  checkFilterCases({
      {"ENV SERVICE_API_KEY=Zq8xW3pLmN4vB7tR\n", 1},
      {"ENV service_credential_for_the_build_v2xyz=Zq8xW3pLmN4vB7tR\n", 1},  // 20 bytes after the keyword
      {"ENV service_credential_for_the_build_v2xyzw=Zq8xW3pLmN4vB7tR\n", 0}, // 21: too long a name
      {"LABEL \"auth_token\" : \"Zq8xW3pLmN4vB7tR\"\n", 1},
      {"x = {'secret' => 'Zq8xW3pLmN4vB7tR'}\n", 1},
      {"TOKEN ?= Zq8xW3pLmN4vB7tR\n", 1},
      {"RUN test -n \"$API_KEY\" || api_token:=Zq8xW3pLmN4vB7tR\n", 1},
      {"RUN apt-key adv --recv-keys Zq8xW3pLmN4vB7tR\n", 0}, // a keyword with no assignment
      {"RUN echo keystore.jks > /tmp/key.list\n", 0},
  });
}
