// The .env frontend: what the model holds for each form compose accepts, and the positioned
// errors (with recovery at the next line) for what it rejects.
#include <catch2/catch.hpp>

#include "envfile/EnvParser.h"

using namespace dlint;
using namespace dlint::envfile;

namespace {

struct Parsed {
  SourceFile source;
  EnvParseResult result;

  explicit Parsed(std::string text) : source("t.env", std::move(text)), result(parseEnvFile(source, 0)) {}

  std::string_view text(SourceRange range) const { return source.text().substr(range.begin, range.size()); }
  const EnvEntry& entry(std::size_t i) const { return result.model.entries.at(i); }
  std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : result.diagnostics)
      out.push_back(d.code);
    return out;
  }
  /// "line:col" (byte column) of diagnostic `i`.
  std::string where(std::size_t i) const {
    LineColumn lc = source.locate(result.diagnostics.at(i).range.begin);
    return std::to_string(lc.line) + ":" + std::to_string(lc.byteColumn);
  }
};

} // namespace

TEST_CASE("unquoted values end at the line or at ' #' and are right-trimmed", "[envfile]") {
  Parsed p("A=plain\nB = spaced value   # comment\nC=a#b\nD= #not a comment\nE=\nF=tab\t#kept\n");
  REQUIRE(p.result.diagnostics.empty());
  REQUIRE(p.result.model.entries.size() == 6);
  CHECK(p.entry(0).keyText == "A");
  CHECK(p.entry(0).decoded == "plain");
  CHECK(p.entry(0).quote == QuoteKind::None);
  CHECK(p.entry(1).keyText == "B");
  CHECK(p.entry(1).decoded == "spaced value");
  CHECK(p.text(p.entry(1).value) == "spaced value");
  REQUIRE(p.entry(1).comment);
  CHECK(p.text(*p.entry(1).comment) == "# comment");
  CHECK(p.entry(1).line == 2);
  CHECK(p.entry(2).decoded == "a#b");
  CHECK(p.entry(3).decoded == "#not a comment"); // compose: no space before '#'
  CHECK(p.entry(4).decoded.empty());
  CHECK(p.entry(4).value.empty());
  CHECK(p.entry(4).value.begin == p.source.lineStart(5) + 2);
  CHECK(p.entry(5).decoded == "tab\t#kept");
}

TEST_CASE("single quotes are literal except for an escaped quote", "[envfile]") {
  Parsed p("A='$HOME \\n \\' x'\nB='multi\nline'  # c\n");
  REQUIRE(p.result.diagnostics.empty());
  REQUIRE(p.result.model.entries.size() == 2);
  CHECK(p.entry(0).quote == QuoteKind::Single);
  CHECK(p.entry(0).decoded == "$HOME \\n ' x");
  CHECK_FALSE(p.entry(0).hasReferences());
  CHECK(p.text(p.entry(0).value) == "'$HOME \\n \\' x'");
  CHECK(p.text(p.entry(0).valueContent) == "$HOME \\n \\' x");
  CHECK(p.entry(1).decoded == "multi\nline");
  CHECK(p.entry(1).multiLine(p.source));
  CHECK(p.entry(1).line == 2);
  REQUIRE(p.entry(1).comment);
}

TEST_CASE("double quotes process escapes and may span lines", "[envfile]") {
  Parsed p("A=\"a\\nb\\t\\\"q\\\" \\\\ \\$x \\c \\0101\"\nB=\"first\nsecond\"\nC=\"#not comment\" # comment\n");
  REQUIRE(p.result.diagnostics.empty());
  REQUIRE(p.result.model.entries.size() == 3);
  CHECK(p.entry(0).quote == QuoteKind::Double);
  CHECK(p.entry(0).decoded == "a\nb\t\"q\" \\ $$x \\c A");
  CHECK_FALSE(p.entry(0).hasReferences()); // `\$x` is a literal dollar
  CHECK(p.entry(1).decoded == "first\nsecond");
  CHECK(p.entry(2).decoded == "#not comment");
  REQUIRE(p.entry(2).comment);
  CHECK(p.entry(2).line == 4);
}

TEST_CASE("export, inherited keys, YAML separators and comments", "[envfile]") {
  Parsed p("# header\nexport A=1\n  export   B\nC\nD: yaml\nexport=2\n\r\nE.F-G[0]=x\r\n");
  REQUIRE(p.result.diagnostics.empty());
  REQUIRE(p.result.model.entries.size() == 6);
  REQUIRE(p.result.model.comments.size() == 1);
  CHECK(p.result.model.comments[0].line == 1);
  CHECK(p.text(p.result.model.comments[0].range) == "# header");
  REQUIRE(p.entry(0).exportKeyword);
  CHECK(p.text(*p.entry(0).exportKeyword) == "export");
  CHECK(p.entry(0).keyText == "A");
  CHECK(p.entry(1).keyText == "B");
  CHECK(p.entry(1).inherited());
  CHECK(p.entry(1).exportKeyword);
  CHECK(p.entry(2).keyText == "C");
  CHECK(p.entry(2).inherited());
  CHECK_FALSE(p.entry(2).exportKeyword);
  CHECK(p.entry(3).keyText == "D");
  REQUIRE(p.entry(3).separator);
  CHECK(p.text(*p.entry(3).separator) == ":");
  CHECK(p.entry(3).decoded == "yaml");
  CHECK(p.entry(4).keyText == "export");
  CHECK(p.entry(4).decoded == "2");
  CHECK(p.entry(5).keyText == "E.F-G[0]");
  CHECK(p.entry(5).decoded == "x"); // the '\r' of CRLF is trimmed
}

TEST_CASE("references are found in unquoted and double-quoted values", "[envfile]") {
  Parsed p("A=$HOME/x\nB=\"${USER:-nobody} $$ ${X:-${Y}}\"\nC=price$5\n");
  REQUIRE(p.result.diagnostics.empty());
  REQUIRE(p.entry(0).references.size() == 1);
  CHECK(p.entry(0).references[0].name == "HOME");
  CHECK(p.text(p.entry(0).references[0].range) == "$HOME");
  REQUIRE(p.entry(1).references.size() == 3);
  CHECK(p.entry(1).references[0].name == "USER");
  CHECK(p.entry(1).references[0].braced);
  CHECK(p.text(p.entry(1).references[1].range) == "${X:-${Y}}");
  CHECK(p.entry(1).references[2].name == "Y");
  CHECK_FALSE(p.entry(2).hasReferences()); // `$5` is a literal for compose
}

TEST_CASE("syntax errors are positioned and parsing goes on at the next line", "[envfile]") {
  Parsed p("A=1\n\"B\"=2\nC D=3\n=4\nE=\"x\" y\nF # c\nG=${1}\nH=5\nI='never closed\nJ=6\n");
  REQUIRE(p.codes() == std::vector<std::string>{"EV103", "EV104", "EV105", "EV106", "EV103", "EV107", "EV102"});
  CHECK(p.where(0) == "2:1");
  CHECK(p.result.diagnostics[0].message == "unexpected character '\"' where a key should start");
  CHECK(p.where(1) == "3:2");
  CHECK(p.result.diagnostics[1].message == "expected '=' after key 'C'; a key cannot contain white space");
  CHECK(p.where(2) == "4:1");
  CHECK(p.where(3) == "5:7");
  CHECK(p.text(p.result.diagnostics[3].range) == "y");
  CHECK(p.where(4) == "6:3");
  CHECK(p.result.diagnostics[4].message == "expected '=' after key 'F' before the comment");
  CHECK(p.where(5) == "7:3");
  CHECK(p.text(p.result.diagnostics[5].range) == "${1}");
  CHECK(p.where(6) == "9:3");
  // Entries around and after the errors are still read; G keeps its (invalid) value.
  std::vector<std::string> keys;
  for (const EnvEntry& e : p.result.model.entries)
    keys.push_back(e.keyText);
  CHECK(keys == std::vector<std::string>{"A", "G", "H", "J"});
  CHECK(p.result.model.errorLines == std::vector<std::uint32_t>{2, 3, 4, 5, 6, 9});
}

TEST_CASE("a quoted value that swallows lines gets a note at its opening quote", "[envfile]") {
  Parsed p("A=\"open\nB=\"oops\"\n");
  REQUIRE(p.codes() == std::vector<std::string>{"EV106"});
  CHECK(p.where(0) == "2:4");
  REQUIRE(p.result.diagnostics[0].notes.size() == 1);
  REQUIRE(p.result.diagnostics[0].notes[0].range);
  CHECK(p.result.diagnostics[0].notes[0].range->begin == 2);
}

TEST_CASE("bad input: NUL bytes, invalid UTF-8, a BOM, no final newline", "[envfile]") {
  Parsed nul(std::string("A=1\nB=\0\n", 8));
  CHECK(nul.codes() == std::vector<std::string>{"EV100"});
  CHECK(nul.result.inputError);
  CHECK(nul.result.model.entries.empty());

  Parsed bad("A=\xFF\nB=2");
  CHECK(bad.codes() == std::vector<std::string>{"EV101"});
  CHECK(bad.where(0) == "1:3");
  CHECK(bad.result.inputError);
  CHECK(bad.result.model.entries.size() == 2);

  Parsed bom("\xEF\xBB\xBF" "A=1");
  REQUIRE(bom.result.model.entries.size() == 1);
  CHECK(bom.entry(0).keyText == "A");
  CHECK(bom.result.diagnostics.empty());

  Parsed empty("");
  CHECK(empty.result.model.entries.empty());
  CHECK(empty.result.diagnostics.empty());
}
