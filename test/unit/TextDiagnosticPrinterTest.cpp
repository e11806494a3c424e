#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "diagnostics/DiagnosticsEngine.h"
#include "diagnostics/DisplayLine.h"
#include "diagnostics/SnippetRenderer.h"
#include "diagnostics/TextDiagnosticPrinter.h"

using namespace dlint;

namespace {

std::uint32_t offsetOf(std::string_view text, std::string_view needle, std::size_t from = 0) {
  const std::size_t pos = text.find(needle, from);
  REQUIRE(pos != std::string_view::npos);
  return static_cast<std::uint32_t>(pos);
}

/// The range of the first `needle` in `text` (at or after `from`).
SourceRange rangeOf(std::string_view text, std::string_view needle, std::size_t from = 0) {
  const std::uint32_t begin = offsetOf(text, needle, from);
  return {begin, begin + static_cast<std::uint32_t>(needle.size())};
}

Diagnostic makeDiagnostic(Level level, SourceRange range, std::string message,
                          std::string code = "DF000") {
  Diagnostic d;
  d.code = std::move(code);
  d.level = level;
  d.range = range;
  d.message = std::move(message);
  return d;
}

FixIt replaceWith(SourceRange range, std::string replacement) {
  return FixIt{"fix", {FixItEdit{range, std::move(replacement)}}, Applicability::Safe};
}

std::string render(std::string text, const Diagnostic& diagnostic, TextOptions options = {}) {
  SourceManager sources;
  sources.addFile("Dockerfile", std::move(text));
  std::ostringstream out;
  TextDiagnosticPrinter printer(out, options);
  printer.handle(diagnostic, sources);
  return out.str();
}

std::string spaces(std::size_t n) { return std::string(n, ' '); }

} // namespace

TEST_CASE("text: the clang-style header, source line, caret, fix-it and note", "[text]") {
  const std::string text = "FROM alpine\nRUN true\nRUNN apt-get update\n";
  Diagnostic d = makeDiagnostic(Level::Error, rangeOf(text, "RUNN"), "unknown instruction 'RUNN'", "DF110");
  d.fixes.push_back(replaceWith(d.range, "RUN"));
  d.notes.push_back({"did you mean 'RUN'?", d.range});
  CHECK(render(text, d) == "Dockerfile:3:1: error: unknown instruction 'RUNN' [DF110]\n"
                           "RUNN apt-get update\n"
                           "^~~~\n"
                           "RUN\n"
                           "Dockerfile:3:1: note: did you mean 'RUN'?\n"
                           "RUNN apt-get update\n"
                           "^~~~\n");
}

TEST_CASE("text: caret and range in the middle of a line", "[text]") {
  const std::string text = "FROM debian:latest\n";
  Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "latest"), "image uses ':latest' tag", "DF301");
  CHECK(render(text, d) == "Dockerfile:1:13: warning: image uses ':latest' tag [DF301]\n"
                           "FROM debian:latest\n"
                           "            ^~~~~~\n");
}

TEST_CASE("text: an empty range gets only the caret and an empty code no brackets", "[text]") {
  const std::string text = "FROM debian:latest\n";
  Diagnostic d = makeDiagnostic(Level::Warning, {5, 5}, "here", "");
  CHECK(render(text, d) == "Dockerfile:1:6: warning: here\n"
                           "FROM debian:latest\n"
                           "     ^\n");
}

TEST_CASE("text: every level prints its own name", "[text]") {
  const std::string text = "FROM a\n";
  TextOptions headerOnly;
  headerOnly.showSource = false;
  CHECK(render(text, makeDiagnostic(Level::Error, {0, 4}, "m"), headerOnly) == "Dockerfile:1:1: error: m [DF000]\n");
  CHECK(render(text, makeDiagnostic(Level::Warning, {0, 4}, "m"), headerOnly) == "Dockerfile:1:1: warning: m [DF000]\n");
  CHECK(render(text, makeDiagnostic(Level::Info, {0, 4}, "m"), headerOnly) == "Dockerfile:1:1: info: m [DF000]\n");
  CHECK(render(text, makeDiagnostic(Level::Style, {0, 4}, "m"), headerOnly) == "Dockerfile:1:1: style: m [DF000]\n");
  CHECK(render(text, makeDiagnostic(Level::Note, {0, 4}, "m"), headerOnly) == "Dockerfile:1:1: note: m [DF000]\n");
}

TEST_CASE("text: highlight ranges are underlined on the caret line only", "[text]") {
  SECTION("ranges on the same line") {
    const std::string text = "RUN apt-get install curl\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "install"), "m");
    d.highlights = {rangeOf(text, "apt-get"), rangeOf(text, "curl")};
    CHECK(render(text, d) == "Dockerfile:1:13: warning: m [DF000]\n"
                             "RUN apt-get install curl\n"
                             "    ~~~~~~~ ^~~~~~~ ~~~~\n");
  }
  SECTION("a range on another line is not drawn") {
    const std::string text = "FROM a\nRUN b\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "b"), "m");
    d.highlights = {rangeOf(text, "FROM")};
    CHECK(render(text, d) == "Dockerfile:2:5: warning: m [DF000]\n"
                             "RUN b\n"
                             "    ^\n");
  }
  SECTION("a range from an earlier line is underlined from the line start") {
    const std::string text = "RUN a \\\n  b c\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "c"), "m");
    d.highlights = {{offsetOf(text, "a"), offsetOf(text, "b") + 1}};
    CHECK(render(text, d) == "Dockerfile:2:5: warning: m [DF000]\n"
                             "  b c\n"
                             "~~~ ^\n");
  }
}

TEST_CASE("text: tabs expand to the tab stop and the caret follows", "[text]") {
  const std::string text = "\tRUN\tx\n";
  Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "x"), "m");
  CHECK(render(text, d) == "Dockerfile:1:6: warning: m [DF000]\n"
                           "        RUN     x\n" +
                               spaces(16) + "^\n");
  TextOptions four;
  four.tabStop = 4;
  CHECK(render(text, d, four) == "Dockerfile:1:6: warning: m [DF000]\n"
                                 "    RUN x\n"
                                 "        ^\n");
  // A tab inside the range is underlined over its whole width.
  Diagnostic overTab = makeDiagnostic(Level::Warning, {4, 6}, "m");
  CHECK(render(text, overTab) == "Dockerfile:1:5: warning: m [DF000]\n"
                                 "        RUN     x\n" +
                                     spaces(11) + "^~~~~~\n");
}

TEST_CASE("text: UTF-8 before the caret takes its display width, the header counts bytes", "[text]") {
  SECTION("two-byte e-acute") {
    const std::string text = "LABEL a=\"\xC3\xA9\" b=1\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "b=1"), "m");
    CHECK(render(text, d) == "Dockerfile:1:14: warning: m [DF000]\n" + text + spaces(12) + "^~~\n");
  }
  SECTION("three-byte heart") {
    const std::string text = "LABEL love=\"\xE2\x99\xA5\" x=1\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "x=1"), "m");
    CHECK(render(text, d) == "Dockerfile:1:18: warning: m [DF000]\n" + text + spaces(15) + "^~~\n");
  }
  SECTION("CJK characters are two columns wide") {
    const std::string text = "LABEL x=\"\xE4\xB8\xAD\xE6\x96\x87\" y=1\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "y=1"), "m");
    CHECK(render(text, d) == "Dockerfile:1:18: warning: m [DF000]\n" + text + spaces(15) + "^~~\n");
    Diagnostic onWide = makeDiagnostic(Level::Warning, rangeOf(text, "\xE4\xB8\xAD\xE6\x96\x87"), "m");
    CHECK(render(text, onWide) == "Dockerfile:1:10: warning: m [DF000]\n" + text + spaces(9) + "^~~~\n");
  }
}

TEST_CASE("text: bytes that are not UTF-8 show as <XX>", "[text]") {
  const std::string text = "RUN \xFF x\n";
  Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "x"), "m");
  CHECK(render(text, d) == "Dockerfile:1:7: warning: m [DF000]\n"
                           "RUN <FF> x\n" +
                               spaces(9) + "^\n");
  Diagnostic onByte = makeDiagnostic(Level::Warning, {4, 5}, "m");
  CHECK(render(text, onByte) == "Dockerfile:1:5: warning: m [DF000]\n"
                                "RUN <FF> x\n"
                                "    ^~~~\n");
}

TEST_CASE("text: control and invisible characters show as <U+XXXX>", "[text]") {
  SECTION("C0 control") {
    const std::string text = "RUN \x01 x\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "x"), "m");
    CHECK(render(text, d) == "Dockerfile:1:7: warning: m [DF000]\n"
                             "RUN <U+0001> x\n" +
                                 spaces(13) + "^\n");
  }
  SECTION("NUL and DEL") {
    const std::string text("RUN \0\x7F x\n", 9);
    Diagnostic d = makeDiagnostic(Level::Warning, {7, 8}, "m");
    CHECK(render(text, d) == "Dockerfile:1:8: warning: m [DF000]\n"
                             "RUN <U+0000><U+007F> x\n" +
                                 spaces(21) + "^\n");
  }
  SECTION("zero-width space") {
    const std::string text = "RUN a\xE2\x80\x8B b\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, " b"), "m");
    CHECK(render(text, d) == "Dockerfile:1:9: warning: m [DF000]\n"
                             "RUN a<U+200B> b\n" +
                                 spaces(13) + "^~\n");
  }
}

TEST_CASE("text: CRLF line endings never reach the output", "[text]") {
  const std::string text = "FROM a\r\nRUN b\r\n";
  Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "b"), "m");
  CHECK(render(text, d) == "Dockerfile:2:5: warning: m [DF000]\n"
                           "RUN b\n"
                           "    ^\n");
  Diagnostic onLineEnd = makeDiagnostic(Level::Warning, rangeOf(text, "\r\n"), "m");
  CHECK(render(text, onLineEnd) == "Dockerfile:1:7: warning: m [DF000]\n"
                                   "FROM a\n"
                                   "      ^\n");
}

TEST_CASE("text: a range running onto later lines is underlined to the end of the first", "[text]") {
  const std::string text = "RUN a \\\n  && b\n";
  Diagnostic d = makeDiagnostic(Level::Warning, {offsetOf(text, "a"), offsetOf(text, "b") + 1}, "m");
  CHECK(render(text, d) == "Dockerfile:1:5: warning: m [DF000]\n"
                           "RUN a \\\n"
                           "    ^~~\n");
}

TEST_CASE("text: fix-it lines", "[text]") {
  SECTION("a replacement is printed under what it replaces") {
    const std::string text = "FROM debian:latest\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "latest"), "m");
    d.fixes.push_back(replaceWith(d.range, "12.5"));
    CHECK(render(text, d) == "Dockerfile:1:13: warning: m [DF000]\n"
                             "FROM debian:latest\n"
                             "            ^~~~~~\n"
                             "            12.5\n");
  }
  SECTION("an insertion at the end of the line") {
    const std::string text = "FROM debian\n";
    Diagnostic d = makeDiagnostic(Level::Warning, {11, 11}, "m");
    d.fixes.push_back(replaceWith({11, 11}, ":12"));
    CHECK(render(text, d) == "Dockerfile:1:12: warning: m [DF000]\n"
                             "FROM debian\n" +
                                 spaces(11) + "^\n" + spaces(11) + ":12\n");
  }
  SECTION("a deletion underlines what goes and prints no fix-it line") {
    const std::string text = "RUN sudo apt-get update\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "sudo"), "m");
    d.fixes.push_back(replaceWith(rangeOf(text, "sudo "), ""));
    CHECK(render(text, d) == "Dockerfile:1:5: warning: m [DF000]\n"
                             "RUN sudo apt-get update\n"
                             "    ^~~~~\n");
  }
  SECTION("several edits of one fix, each at its column") {
    const std::string text = "CMD echo hi\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "echo hi"), "m");
    d.fixes.push_back(FixIt{"json form", {{{4, 4}, "[\""}, {{11, 11}, "\"]"}}, Applicability::Unsafe});
    CHECK(render(text, d) == "Dockerfile:1:5: warning: m [DF000]\n"
                             "CMD echo hi\n"
                             "    ^~~~~~~\n"
                             "    [\"     \"]\n");
  }
  SECTION("insertions at one place are kept apart by a space, as clang does") {
    const std::string text = "FROM a\n";
    Diagnostic d = makeDiagnostic(Level::Warning, {6, 6}, "m");
    d.fixes.push_back(FixIt{"f", {{{6, 6}, "bc"}, {{6, 6}, "de"}}, Applicability::Safe});
    CHECK(render(text, d) == "Dockerfile:1:7: warning: m [DF000]\n"
                             "FROM a\n"
                             "      ^\n"
                             "      bc de\n");
  }
  SECTION("a replacement with a newline, or on another line, is not printed") {
    const std::string text = "FROM a\nRUNN b\n";
    Diagnostic d = makeDiagnostic(Level::Error, rangeOf(text, "RUNN"), "m");
    d.fixes.push_back(replaceWith(d.range, "RUN\nX"));
    CHECK(render(text, d) == "Dockerfile:2:1: error: m [DF000]\nRUNN b\n^~~~\n");
    Diagnostic elsewhere = makeDiagnostic(Level::Error, rangeOf(text, "b"), "m");
    elsewhere.fixes.push_back(replaceWith(rangeOf(text, "FROM"), "from"));
    CHECK(render(text, elsewhere) == "Dockerfile:2:6: error: m [DF000]\nRUNN b\n     ^\n");
  }
  SECTION("only the first fix is shown") {
    const std::string text = "FROM debian:latest\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "latest"), "m");
    d.fixes.push_back(replaceWith(d.range, "12.5"));
    d.fixes.push_back(replaceWith(d.range, "bookworm"));
    CHECK(render(text, d) == "Dockerfile:1:13: warning: m [DF000]\n"
                             "FROM debian:latest\n"
                             "            ^~~~~~\n"
                             "            12.5\n");
  }
  SECTION("showFixIts=false hides the fix-it line and the fix's underline") {
    const std::string text = "RUN sudo apt-get update\n";
    Diagnostic d = makeDiagnostic(Level::Warning, {4, 4}, "m");
    d.fixes.push_back(replaceWith(rangeOf(text, "sudo "), "doas "));
    TextOptions noFixes;
    noFixes.showFixIts = false;
    CHECK(render(text, d, noFixes) == "Dockerfile:1:5: warning: m [DF000]\n"
                                      "RUN sudo apt-get update\n"
                                      "    ^\n");
    CHECK(render(text, d) == "Dockerfile:1:5: warning: m [DF000]\n"
                             "RUN sudo apt-get update\n"
                             "    ^~~~~\n"
                             "    doas \n");
  }
}

TEST_CASE("text: notes with and without a range", "[text]") {
  const std::string text = "FROM a AS build\nFROM b AS build\n";
  const std::uint32_t second = offsetOf(text, "build", 16);
  Diagnostic d = makeDiagnostic(Level::Error, {second, second + 5}, "duplicate stage name 'build'", "DF201");
  d.notes.push_back({"previous definition is here", rangeOf(text, "build")});
  d.notes.push_back({"stage names are case-insensitive", std::nullopt});
  CHECK(render(text, d) == "Dockerfile:2:11: error: duplicate stage name 'build' [DF201]\n"
                           "FROM b AS build\n"
                           "          ^~~~~\n"
                           "Dockerfile:1:11: note: previous definition is here\n"
                           "FROM a AS build\n"
                           "          ^~~~~\n"
                           "note: stage names are case-insensitive\n");
  TextOptions headerOnly;
  headerOnly.showSource = false;
  CHECK(render(text, d, headerOnly) == "Dockerfile:2:11: error: duplicate stage name 'build' [DF201]\n"
                                       "Dockerfile:1:11: note: previous definition is here\n"
                                       "note: stage names are case-insensitive\n");
}

TEST_CASE("text: colours follow clang and every piece is reset", "[text]") {
  TextOptions color;
  color.color = true;
  SECTION("warning with fix-it and a note") {
    const std::string text = "FROM debian:latest\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "latest"), "image uses ':latest' tag", "DF301");
    d.fixes.push_back(replaceWith(d.range, "12.5"));
    d.notes.push_back({"pin a version", std::nullopt});
    d.notes.push_back({"here", rangeOf(text, "FROM")});
    CHECK(render(text, d, color) ==
          "\033[1mDockerfile:1:13: \033[0m\033[0;1;35mwarning: \033[0m\033[1mimage uses ':latest' tag [DF301]\033[0m\n"
          "FROM debian:latest\n"
          "\033[0;1;32m            ^~~~~~\033[0m\n"
          "\033[0;32m            12.5\033[0m\n"
          "\033[0;1;30mnote: \033[0mpin a version\n"
          "\033[1mDockerfile:1:1: \033[0m\033[0;1;30mnote: \033[0mhere\n"
          "FROM debian:latest\n"
          "\033[0;1;32m^~~~\033[0m\n");
  }
  SECTION("level colours") {
    color.showSource = false;
    const std::string text = "FROM a\n";
    CHECK(render(text, makeDiagnostic(Level::Error, {0, 4}, "m", ""), color) ==
          "\033[1mDockerfile:1:1: \033[0m\033[0;1;31merror: \033[0m\033[1mm\033[0m\n");
    CHECK(render(text, makeDiagnostic(Level::Info, {0, 4}, "m", ""), color) ==
          "\033[1mDockerfile:1:1: \033[0m\033[0;1;36minfo: \033[0m\033[1mm\033[0m\n");
    CHECK(render(text, makeDiagnostic(Level::Style, {0, 4}, "m", ""), color) ==
          "\033[1mDockerfile:1:1: \033[0m\033[0;1;34mstyle: \033[0m\033[1mm\033[0m\n");
  }
  SECTION("escaped characters are shown reversed") {
    const std::string text = "RUN \x01\xFFx\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "x"), "m", "");
    CHECK(render(text, d, color) ==
          "\033[1mDockerfile:1:7: \033[0m\033[0;1;35mwarning: \033[0m\033[1mm\033[0m\n"
          "RUN \033[7m<U+0001><FF>\033[0mx\n"
          "\033[0;1;32m" + spaces(16) + "^\033[0m\n");
  }
  SECTION("no escapes at all when colour is off") {
    const std::string text = "RUN \x01 x\n";
    Diagnostic d = makeDiagnostic(Level::Error, rangeOf(text, "x"), "m");
    d.fixes.push_back(replaceWith(d.range, "y"));
    d.notes.push_back({"n", std::nullopt});
    CHECK(render(text, d).find('\033') == std::string::npos);
  }
}

TEST_CASE("text: very long lines are shown as a window around the caret", "[text]") {
  SECTION("caret in the middle: cut on both sides") {
    const std::string text = "RUN " + std::string(5000, 'a') + " BAD " + std::string(5000, 'b') + "\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "BAD"), "m");
    d.fixes.push_back(replaceWith(d.range, "GOOD"));
    CHECK(render(text, d) == "Dockerfile:1:5006: warning: m [DF000]\n"
                             "..." + std::string(77, 'a') + " BAD " + std::string(78, 'b') + "...\n" +
                                 spaces(3 + 78) + "^~~\n" + spaces(3 + 78) + "GOOD\n");
  }
  SECTION("caret at the start: no leading cut") {
    const std::string text = "RUN " + std::string(6000, 'x') + "\n";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "RUN"), "m");
    CHECK(render(text, d) == "Dockerfile:1:1: warning: m [DF000]\n"
                             "RUN " + std::string(156, 'x') + "...\n"
                             "^~~\n");
  }
  SECTION("caret at the end: no trailing cut") {
    const std::string text = "RUN " + std::string(4996, 'x') + "END";
    Diagnostic d = makeDiagnostic(Level::Warning, rangeOf(text, "END"), "m");
    CHECK(render(text, d) == "Dockerfile:1:5001: warning: m [DF000]\n"
                             "..." + std::string(157, 'x') + "END\n" +
                                 spaces(3 + 157) + "^~~\n");
  }
  SECTION("a range wider than the window keeps the caret and fills the rest with '~'") {
    const std::string text = "RUN " + std::string(6000, 'a') + "\n";
    Diagnostic d = makeDiagnostic(Level::Warning, {1000, 3000}, "m");
    CHECK(render(text, d) == "Dockerfile:1:1001: warning: m [DF000]\n"
                             "..." + std::string(160, 'a') + "...\n" +
                                 spaces(3) + "^" + std::string(159, '~') + "\n");
  }
  SECTION("lines up to 4096 bytes are printed whole, as clang does") {
    const std::string text = "RUN " + std::string(4092, 'a') + "\n";
    Diagnostic d = makeDiagnostic(Level::Warning, {4000, 4001}, "m");
    CHECK(render(text, d) == "Dockerfile:1:4001: warning: m [DF000]\n" + text + spaces(4000) + "^\n");
  }
  SECTION("a 64 KiB minified RUN with wide characters keeps the caret aligned") {
    std::string line = "RUN ";
    while (line.size() < 65536)
      line += "echo \xE4\xB8\xAD\xE6\x96\x87 && ";
    const std::uint32_t target = offsetOf(line, "echo", 40000);
    const std::string output = render(line + "\n", makeDiagnostic(Level::Warning, {target, target + 4}, "m", ""));
    std::istringstream lines(output);
    std::string header, source, caret;
    std::getline(lines, header);
    std::getline(lines, source);
    std::getline(lines, caret);
    CHECK(header == "Dockerfile:1:" + std::to_string(target + 1) + ": warning: m");
    REQUIRE(source.substr(0, 3) == "...");
    REQUIRE(source.substr(source.size() - 3) == "...");
    const DisplayLine shown(source, 8);
    CHECK(shown.endColumn() <= 3 + kWindowColumns + 3);
    CHECK(caret.size() <= 3 + kWindowColumns);
    // The caret sits under the display column where "echo" starts in what was printed.
    const std::size_t caretColumn = caret.find('^');
    REQUIRE(caretColumn != std::string::npos);
    CHECK(caret.substr(caretColumn) == "^~~~");
    bool aligned = false;
    for (const Glyph& glyph : shown.glyphs())
      if (glyph.column == caretColumn)
        aligned = source.compare(glyph.byte, 4, "echo") == 0;
    CHECK(aligned);
  }
}

TEST_CASE("text: summary line counts warnings and errors as clang words it", "[text]") {
  const std::string text = "FROM a\nRUN b\nRUN c\n";
  auto summaryOf = [&](std::vector<Level> levels, TextOptions options = {}) {
    options.showSource = false;
    SourceManager sources;
    sources.addFile("Dockerfile", text);
    std::ostringstream out;
    TextDiagnosticPrinter printer(out, options);
    DiagnosticsEngine engine(sources);
    engine.addConsumer(printer);
    for (Level level : levels)
      engine.report(makeDiagnostic(level, {0, 4}, "m", ""));
    engine.finish();
    std::string all = out.str();
    // Keep only what follows the last header line.
    const std::size_t lastHeader = all.rfind(": m\n");
    return lastHeader == std::string::npos ? all : all.substr(lastHeader + 4);
  };
  CHECK(summaryOf({Level::Warning}) == "1 warning generated.\n");
  CHECK(summaryOf({Level::Error, Level::Error}) == "2 errors generated.\n");
  CHECK(summaryOf({Level::Warning, Level::Error, Level::Warning, Level::Warning}) ==
        "3 warnings and 1 error generated.\n");
  CHECK(summaryOf({Level::Error, Level::Warning}) == "1 warning and 1 error generated.\n");
  CHECK(summaryOf({Level::Warning, Level::Info, Level::Style}) == "1 warning generated.\n");
  CHECK(summaryOf({Level::Info, Level::Style, Level::Info}) == "3 diagnostics generated.\n");
  CHECK(summaryOf({Level::Style}) == "1 diagnostic generated.\n");
  CHECK(summaryOf({}) == "");
  TextOptions quiet;
  quiet.summary = false;
  CHECK(summaryOf({Level::Warning, Level::Error}, quiet) == "");
}

TEST_CASE("text: diagnostics come out in source order through the engine", "[text]") {
  const std::string text = "FROM a\nRUN b\n";
  SourceManager sources;
  sources.addFile("Dockerfile", text);
  std::ostringstream out;
  TextOptions options;
  options.showSource = false;
  TextDiagnosticPrinter printer(out, options);
  DiagnosticsEngine engine(sources);
  engine.addConsumer(printer);
  engine.report(makeDiagnostic(Level::Error, rangeOf(text, "b"), "second", ""));
  engine.report(makeDiagnostic(Level::Warning, rangeOf(text, "a"), "first", ""));
  engine.finish();
  CHECK(out.str() == "Dockerfile:1:6: warning: first\n"
                     "Dockerfile:2:5: error: second\n"
                     "1 warning and 1 error generated.\n");
}

TEST_CASE("text: odd locations never crash", "[text]") {
  SECTION("a range past the end of the file points at the end") {
    Diagnostic d = makeDiagnostic(Level::Error, {100, 200}, "m");
    d.highlights = {{50, 60}};
    d.fixes.push_back(replaceWith({300, 400}, "x"));
    d.notes.push_back({"n", SourceRange{90, 95}});
    CHECK(render("FROM a\n", d) == "Dockerfile:1:8: error: m [DF000]\n"
                                   "FROM a\n"
                                   "      ^\n"
                                   "      x\n"
                                   "Dockerfile:1:8: note: n\n"
                                   "FROM a\n"
                                   "      ^\n");
  }
  SECTION("end before begin is an empty range at begin") {
    Diagnostic d = makeDiagnostic(Level::Error, {5, 2}, "m");
    d.highlights = {{4, 1}};
    CHECK(render("FROM a\n", d) == "Dockerfile:1:6: error: m [DF000]\nFROM a\n     ^\n");
  }
  SECTION("an empty file") {
    CHECK(render("", makeDiagnostic(Level::Error, {0, 0}, "m")) == "Dockerfile:1:1: error: m [DF000]\n\n^\n");
    CHECK(render("", makeDiagnostic(Level::Error, {0, 5}, "m")) == "Dockerfile:1:1: error: m [DF000]\n\n^\n");
  }
  SECTION("the last line without a trailing newline") {
    const std::string text = "FROM a\nRUN b";
    CHECK(render(text, makeDiagnostic(Level::Error, rangeOf(text, "b"), "m")) ==
          "Dockerfile:2:5: error: m [DF000]\nRUN b\n    ^\n");
    CHECK(render(text, makeDiagnostic(Level::Error, {12, 12}, "m")) ==
          "Dockerfile:2:6: error: m [DF000]\nRUN b\n     ^\n");
  }
  SECTION("offsets inside a multi-byte character") {
    const std::string text = "LABEL a=\xC3\xA9 b\n";
    // The header counts bytes; the caret goes under the character that holds the offset.
    CHECK(render(text, makeDiagnostic(Level::Error, {9, 10}, "m")) ==
          "Dockerfile:1:10: error: m [DF000]\n" + text + spaces(8) + "^\n");
    CHECK(render(text, makeDiagnostic(Level::Error, {0, 9}, "m")) ==
          "Dockerfile:1:1: error: m [DF000]\n" + text + "^" + std::string(8, '~') + "\n");
  }
  SECTION("a file id the source manager does not know") {
    Diagnostic d = makeDiagnostic(Level::Error, {0, 4}, "m");
    d.file = 7;
    d.notes.push_back({"n", SourceRange{0, 1}});
    CHECK(render("FROM a\n", d) == "error: m [DF000]\nnote: n\n");
  }
  SECTION("a tab stop of zero") {
    TextOptions zero;
    zero.tabStop = 0;
    CHECK(render("\tx\n", makeDiagnostic(Level::Error, {1, 2}, "m"), zero) ==
          "Dockerfile:1:2: error: m [DF000]\n x\n ^\n");
  }
  SECTION("every begin and end over awkward text") {
    const std::string text = "\tA\xC3\xA9\xFF\x01\r\n\xE4\xB8\xAD b\\\r\nlast";
    const auto size = static_cast<std::uint32_t>(text.size());
    for (std::uint32_t begin = 0; begin <= size + 2; ++begin) {
      for (std::uint32_t end = 0; end <= size + 2; ++end) {
        Diagnostic d = makeDiagnostic(Level::Warning, {begin, end}, "m");
        d.highlights = {{end, begin}, {0, end}};
        d.fixes.push_back(FixIt{"f", {{{begin, end}, "r"}, {{end, end}, "\xE4\xB8\xAD"}}, Applicability::Safe});
        d.notes.push_back({"n", SourceRange{end, begin}});
        const std::string out = render(text, d);
        CHECK(out.find('^') != std::string::npos);
        CHECK(out.find('\r') == std::string::npos);
      }
    }
  }
}
