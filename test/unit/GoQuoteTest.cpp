#include "ast/GoQuote.h"

#include <catch2/catch.hpp>

using dlint::ast::goIsPrint;
using dlint::ast::goQuote;

// Expected strings are what Go's strconv.Quote returns for the same bytes.

TEST_CASE("goQuote escapes quotes, backslashes and the named controls", "[goquote]") {
  CHECK(goQuote("") == R"("")");
  CHECK(goQuote("abc 123") == R"("abc 123")");
  CHECK(goQuote("say \"hi\"") == R"("say \"hi\"")");
  CHECK(goQuote("c:\\dir\\") == R"("c:\\dir\\")");
  CHECK(goQuote("a\tb") == R"("a\tb")");
  CHECK(goQuote("\a\b\f\n\r\t\v") == R"("\a\b\f\n\r\t\v")");
  // BuildKit's testfiles/json result line.
  CHECK(goQuote(std::string_view("\" \\ / \b \f \n \r \t \0", 17)) ==
        R"("\" \\ / \b \f \n \r \t \x00")");
}

TEST_CASE("goQuote writes other C0 controls and DEL as \\xNN", "[goquote]") {
  CHECK(goQuote(std::string_view("\0", 1)) == R"("\x00")");
  CHECK(goQuote("\x01\x1b\x1f") == R"("\x01\x1b\x1f")");
  CHECK(goQuote("\x7f") == R"("\x7f")");
  CHECK(goQuote("'`$") == R"("'`$")"); // printable ASCII stays as is
}

TEST_CASE("goQuote keeps printable non-ASCII raw", "[goquote]") {
  CHECK(goQuote("\xE2\x99\xA5") == "\"\xE2\x99\xA5\"");                         // ♥
  CHECK(goQuote("\xE2\x98\x83 caf\xC3\xA9") == "\"\xE2\x98\x83 caf\xC3\xA9\""); // ☃ café
  CHECK(goQuote("\xF0\x9F\x98\x80") == "\"\xF0\x9F\x98\x80\"");                 // 😀 (4 bytes)
  CHECK(goQuote("e\xCC\x81") == "\"e\xCC\x81\"");       // combining mark (Mn)
  CHECK(goQuote("\xEF\xBF\xBD") == "\"\xEF\xBF\xBD\""); // a real U+FFFD is printable
}

TEST_CASE("goQuote escapes non-printable code points as \\u or \\U", "[goquote]") {
  CHECK(goQuote("\xC2\x85") == R"("\u0085")"); // NEL, a C1 control
  CHECK(goQuote("\xC2\x80\xC2\x9F") == R"("\u0080\u009f")");
  CHECK(goQuote("\xC2\xA0") == R"("\u00a0")"); // no-break space (Zs)
  CHECK(goQuote("\xC2\xAD") == R"("\u00ad")"); // soft hyphen (Cf)
  CHECK(goQuote("a\xE2\x80\x8B"
                "b") == R"("a\u200bb")"); // zero width space (Cf)
  CHECK(goQuote("\xE2\x80\xA8\xE2\x80\xA9") == R"("\u2028\u2029")");
  CHECK(goQuote("\xEF\xBB\xBF") == R"("\ufeff")");         // BOM
  CHECK(goQuote("\xE3\x80\x80") == R"("\u3000")");         // ideographic space (Zs)
  CHECK(goQuote("\xEE\x80\x80") == R"("\ue000")");         // private use (Co)
  CHECK(goQuote("\xCD\xB8") == R"("\u0378")");             // unassigned (Cn)
  CHECK(goQuote("\xF3\xA0\x80\x81") == R"("\U000e0001")"); // language tag (Cf)
  CHECK(goQuote("\xF3\xB0\x80\x80") == R"("\U000f0000")"); // supplementary private use
}

TEST_CASE("goQuote writes each byte of malformed UTF-8 as \\xNN", "[goquote]") {
  CHECK(goQuote("\xFF") == R"("\xff")");
  CHECK(goQuote("a\x80z") == R"("a\x80z")");
  CHECK(goQuote("\xE2\x99") == R"("\xe2\x99")"); // truncated sequence
  CHECK(goQuote("\xE2\x99x") == R"("\xe2\x99x")");
  CHECK(goQuote("\xC0\xAF") == R"("\xc0\xaf")");                 // overlong '/'
  CHECK(goQuote("\xED\xA0\x80") == R"("\xed\xa0\x80")");         // UTF-16 surrogate
  CHECK(goQuote("\xF4\x90\x80\x80") == R"("\xf4\x90\x80\x80")"); // above U+10FFFF
}

TEST_CASE("goIsPrint follows Go's categories", "[goquote]") {
  CHECK(goIsPrint(U' '));
  CHECK(goIsPrint(U'a'));
  CHECK(goIsPrint(U'~'));
  CHECK_FALSE(goIsPrint(U'\t'));
  CHECK_FALSE(goIsPrint(0x7F));
  CHECK_FALSE(goIsPrint(0x85));
  CHECK_FALSE(goIsPrint(0xA0));
  CHECK(goIsPrint(0xA1));
  CHECK_FALSE(goIsPrint(0xAD));
  CHECK(goIsPrint(0xFF));
  CHECK(goIsPrint(0x2665)); // ♥
  CHECK_FALSE(goIsPrint(0x200B));
  CHECK_FALSE(goIsPrint(0x200F));
  CHECK(goIsPrint(0x2010)); // hyphen (Pd)
  CHECK_FALSE(goIsPrint(0xD800));
  CHECK_FALSE(goIsPrint(0xFEFF));
  CHECK(goIsPrint(0x1F600));
  CHECK_FALSE(goIsPrint(0x10FFFF));
}
