#include <catch2/catch.hpp>

#include "diagnostics/SourceManager.h"
#include "diagnostics/Utf8.h"

using dlint::SourceFile;

TEST_CASE("line table splits on LF only and strips CR for display", "[source]") {
  SourceFile f("Dockerfile", "FROM a\r\nRUN b\rc\nCMD d");
  CHECK(f.lineCount() == 3);
  CHECK(f.lineText(1) == "FROM a");
  CHECK(f.lineText(2) == "RUN b\rc");
  CHECK(f.lineText(3) == "CMD d");
  CHECK(f.lineOf(0) == 1);
  CHECK(f.lineOf(8) == 2);
  CHECK(f.lineOf(f.size()) == 3);
}

TEST_CASE("a final newline does not start an extra line", "[source]") {
  SourceFile f("Dockerfile", "FROM a\n");
  CHECK(f.lineCount() == 1);
  SourceFile empty("empty", "");
  CHECK(empty.lineCount() == 1);
  CHECK(empty.lineText(1).empty());
}

TEST_CASE("columns count bytes, code points and UTF-16 units", "[source]") {
  // "é" is 2 bytes / 1 code point; "😀" is 4 bytes / 1 code point / 2 UTF-16 units.
  SourceFile f("Dockerfile", "LABEL a=\"é😀\" b=1\n");
  auto lc = f.locate(static_cast<std::uint32_t>(std::string_view("LABEL a=\"é😀\" ").size()));
  CHECK(lc.line == 1);
  CHECK(lc.byteColumn == 18);
  CHECK(lc.codePointColumn == 14);
  CHECK(lc.utf16Column == 15);
}

TEST_CASE("utf8 validation finds the first malformed byte", "[utf8]") {
  using dlint::utf8::findInvalid;
  CHECK_FALSE(findInvalid("plain ascii").has_value());
  CHECK_FALSE(findInvalid("\xE2\x99\xA5 heart").has_value());
  CHECK(findInvalid("ab\xFF").value() == 2);
  CHECK(findInvalid("\xC0\xAF").value() == 0);         // overlong '/'
  CHECK(findInvalid("x\xED\xA0\x80").value() == 1);    // surrogate
  CHECK(findInvalid("\xE2\x99").value() == 0);         // truncated
  CHECK(findInvalid("\xF4\x90\x80\x80").value() == 0); // above U+10FFFF
}
