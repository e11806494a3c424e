#include "secrets/generate/Charsets.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>

using namespace dlint::secrets::generate;

TEST_CASE("every charset has distinct characters and the documented size", "[generate]") {
  CHECK(charsetInfo(Charset::Alnum).alphabet.size() == 62);
  CHECK(charsetInfo(Charset::Hex).alphabet.size() == 16);
  CHECK(charsetInfo(Charset::Base64).alphabet.size() == 64);
  CHECK(charsetInfo(Charset::UrlSafe).alphabet.size() == 64);
  CHECK(charsetInfo(Charset::Symbols).alphabet.size() == 74);
  for (const CharsetInfo& info : allCharsets()) {
    INFO(info.name);
    std::set<char> distinct(info.alphabet.begin(), info.alphabet.end());
    CHECK(distinct.size() == info.alphabet.size());
    for (char c : info.alphabet)
      CHECK((c > ' ' && c < 127)); // printable ASCII, no space
  }
}

TEST_CASE("charsets are found by their exact name only", "[generate]") {
  CHECK(parseCharset("alnum") == Charset::Alnum);
  CHECK(parseCharset("hex") == Charset::Hex);
  CHECK(parseCharset("base64") == Charset::Base64);
  CHECK(parseCharset("urlsafe") == Charset::UrlSafe);
  CHECK(parseCharset("symbols") == Charset::Symbols);
  CHECK_FALSE(parseCharset("HEX").has_value());
  CHECK_FALSE(parseCharset("").has_value());
  CHECK_FALSE(parseCharset("ascii").has_value());
}

TEST_CASE("the symbols charset avoids characters that shells, .env and compose interpret",
          "[generate]") {
  const std::string_view symbols = charsetInfo(Charset::Symbols).alphabet;
  for (char c : std::string_view("$#'\"`\\!*?[]{}()<>&;| \t"))
    CHECK(symbols.find(c) == std::string_view::npos);
  CHECK(symbols.substr(0, 62) == charsetInfo(Charset::Alnum).alphabet);
}

TEST_CASE("entropy is length times log2 of the alphabet size", "[generate]") {
  CHECK(entropyBits(32, 62) == Approx(190.5343).epsilon(1e-6));
  CHECK(entropyBits(8, 16) == Approx(32.0));
  CHECK(entropyBits(0, 62) == 0.0);
  CHECK(entropyBits(10, 1) == 0.0);
  // The shortest length that reaches 64 bits, as the weak-secret warning suggests.
  CHECK(lengthForBits(64, 62) == 11);
  CHECK(lengthForBits(64, 16) == 16); // exactly 64 bits
  CHECK(lengthForBits(64, 64) == 11);
  CHECK(lengthForBits(64, 74) == 11);
  CHECK(lengthForBits(128, 2) == 128);
}
