#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "diagnostics/DiagnosticsEngine.h"
#include "diagnostics/Redaction.h"
#include "diagnostics/TextDiagnosticPrinter.h"

using namespace dlint;

namespace {

SourceRange rangeOf(std::string_view text, std::string_view needle) {
  const std::size_t pos = text.find(needle);
  REQUIRE(pos != std::string_view::npos);
  return {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + needle.size())};
}

constexpr std::string_view kToken = "ghp_R8xq2LmZ0vTq7WcY4nB1sKdE9hJuP3aFo6Gi";

/// Lints nothing: reports `diagnostic` (and a plain one on line 1) and returns the text output.
std::string render(const std::string& text, Diagnostic diagnostic, bool showSecrets = false,
                   bool reportIt = true) {
  SourceManager sources;
  sources.addFile("Dockerfile", text);
  std::ostringstream out;
  TextDiagnosticPrinter printer(out);
  DiagnosticsEngine engine(sources);
  engine.setShowSecrets(showSecrets);
  engine.addConsumer(printer);
  if (!reportIt)
    engine.setFilter([](const Diagnostic& d) { return d.code != "SE302"; });
  engine.report(std::move(diagnostic));
  Diagnostic other;
  other.code = "DF000";
  other.range = rangeOf(text, "ENV");
  other.message = "another finding on the same line";
  engine.report(other);
  engine.finish();
  return out.str();
}

} // namespace

TEST_CASE("redaction: a secret shows a quarter of itself, at most 4 characters", "[redaction]") {
  CHECK(visibleSecretPrefix(0) == 0);
  CHECK(visibleSecretPrefix(3) == 0);
  CHECK(visibleSecretPrefix(7) == 1);
  CHECK(visibleSecretPrefix(12) == 3);
  CHECK(visibleSecretPrefix(40) == 4);
  CHECK(maskSecret(kToken) == "ghp_****");
  CHECK(maskSecret("hunter2") == "h****");
  CHECK(maskSecret("abc") == "****");
  CHECK(maskSecret("") == "****");
  // Code points, not bytes: a multi-byte prefix is never cut in half.
  CHECK(maskSecret("ééééééééé") == "éé****");
}

TEST_CASE("redaction: source lines mask secret bytes one '*' per code point", "[redaction]") {
  const std::string text = "FROM alpine\nENV GH_TOKEN=" + std::string(kToken) + " MODE=ok\n";
  SourceManager sources;
  const FileID id = sources.addFile("Dockerfile", text);
  SourceFile& file = sources.file(id);
  CHECK(maskedLineText(file, 2) == file.lineText(2)); // nothing recorded yet
  file.addSecret(rangeOf(text, kToken));
  file.addSecret(rangeOf(text, kToken)); // kept once
  CHECK(file.secrets().size() == 1);
  const std::string masked = maskedLineText(file, 2);
  CHECK(masked == "ENV GH_TOKEN=ghp_" + std::string(kToken.size() - 4, '*') + " MODE=ok");
  CHECK(masked.size() == file.lineText(2).size());
  CHECK(maskedLineText(file, 1) == "FROM alpine");

  SECTION("a secret spanning lines is masked on each, its prefix only on the first") {
    const std::string pem = "RUN echo '-----BEGIN KEY-----\\\nMIIEvQIBADANBgkqhkiG9w0\\\nEND'\n";
    SourceManager more;
    SourceFile& pemFile = more.file(more.addFile("Dockerfile", pem));
    pemFile.addSecret(rangeOf(pem, "-----BEGIN KEY-----\\\nMIIEvQIBADANBgkqhkiG9w0\\\nEND"));
    CHECK(maskedLineText(pemFile, 1) == "RUN echo '----" + std::string(16, '*'));
    CHECK(maskedLineText(pemFile, 2) == std::string(24, '*'));
    CHECK(maskedLineText(pemFile, 3) == "***'");
  }
  SECTION("ranges past the end are clamped, empty ones ignored") {
    file.addSecret({static_cast<std::uint32_t>(text.size()) - 2, 9999});
    file.addSecret({5, 5});
    CHECK(file.secrets().size() == 2);
    CHECK(file.secrets().back().end == text.size());
  }
}

TEST_CASE("redaction: messages, notes and fix-its are scrubbed of recorded values", "[redaction]") {
  const std::string text = "FROM alpine\nENV GH_TOKEN=" + std::string(kToken) + "\n";
  SourceManager sources;
  SourceFile& file = sources.file(sources.addFile("Dockerfile", text));
  file.addSecret(rangeOf(text, kToken));
  CHECK(scrubSecrets(file, "token " + std::string(kToken) + " and again " + std::string(kToken)) ==
        "token ghp_**** and again ghp_****");
  CHECK(scrubSecrets(file, "nothing secret") == "nothing secret");
}

TEST_CASE("redaction: the text printer never prints a recorded secret", "[redaction]") {
  const std::string text = "FROM alpine\nENV GH_TOKEN=" + std::string(kToken) + "\n";
  Diagnostic d;
  d.code = "SE302";
  d.range = rangeOf(text, kToken);
  d.secrets.push_back(d.range);
  d.message = "token '" + std::string(kToken) + "' leaked"; // a careless rule
  d.notes.push_back({"it was '" + std::string(kToken) + "'", d.range});
  d.fixes.push_back({"use a secret", {{d.range, std::string(kToken) + "x"}}, Applicability::DisplayOnly});

  const std::string masked = render(text, d);
  CHECK(masked.find(kToken) == std::string::npos);
  CHECK(masked.find("token 'ghp_****' leaked") != std::string::npos);
  CHECK(masked.find("ENV GH_TOKEN=ghp_*****") != std::string::npos);

  SECTION("also under other diagnostics when the finding itself is not reported") {
    const std::string hidden = render(text, d, false, /*reportIt=*/false);
    CHECK(hidden.find("SE302") == std::string::npos);
    CHECK(hidden.find("another finding") != std::string::npos);
    CHECK(hidden.find(kToken) == std::string::npos);
  }
  SECTION("--show-secrets prints values in full") {
    CHECK(render(text, d, true).find(kToken) != std::string::npos);
  }
}
