// frontend/Text's ASCII case helpers: only the 26 ASCII letters change case; other bytes,
// UTF-8 included, compare exactly.
#include <catch2/catch.hpp>

#include "frontend/Text.h"

using dlint::frontend::equalsIgnoreCaseAscii;
using dlint::frontend::toLowerAscii;
using dlint::frontend::toUpperAscii;

TEST_CASE("ASCII case mapping changes letters only", "[text]") {
  CHECK(toLowerAscii("Node_TLS-Reject@[Z]") == "node_tls-reject@[z]");
  CHECK(toUpperAscii("node_tls-reject@[z]`{") == "NODE_TLS-REJECT@[Z]`{");
  CHECK(toUpperAscii("stra\xC3\x9F" "e") == "STRA\xC3\x9F" "E"); // ß is not ASCII: kept
  CHECK(toLowerAscii("") == "");
}

TEST_CASE("equalsIgnoreCaseAscii compares whole strings, ASCII letters without case", "[text]") {
  CHECK(equalsIgnoreCaseAscii("SetX.EXE", "setx.exe"));
  CHECK(equalsIgnoreCaseAscii("", ""));
  CHECK_FALSE(equalsIgnoreCaseAscii("setx", "setx.exe"));
  CHECK_FALSE(equalsIgnoreCaseAscii("@", "`")); // one apart from 'A' and 'a', not letters
  CHECK_FALSE(equalsIgnoreCaseAscii("[", "{"));
  CHECK_FALSE(equalsIgnoreCaseAscii("\xC3\x89", "\xC3\xA9")); // É and é: not ASCII
}
