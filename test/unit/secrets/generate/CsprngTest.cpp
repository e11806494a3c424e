#include "secrets/generate/Csprng.h"

#include "secrets/generate/Charsets.h"

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

using namespace dlint::secrets::generate;

namespace {

// A fake getrandom(2): a script of results, one per call; a positive entry fills that many
// bytes with 0xAB, a negative one fails with that errno.
std::vector<long> gScript;
std::size_t gCalls = 0;
ssize_t scriptedGetrandom(void* buffer, std::size_t size, unsigned int) {
  const long step = gCalls < gScript.size() ? gScript[gCalls] : 0;
  ++gCalls;
  if (step < 0) {
    errno = static_cast<int>(-step);
    return -1;
  }
  const std::size_t n = std::min(size, static_cast<std::size_t>(step));
  std::memset(buffer, 0xAB, n);
  return static_cast<ssize_t>(n);
}

/// A byte source that hands out `bytes` in order, then fails the test if asked for more.
ByteSource scripted(std::vector<unsigned char> bytes) {
  auto position = std::make_shared<std::size_t>(0);
  return [bytes = std::move(bytes), position](unsigned char* data, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) {
      if (*position >= bytes.size()) throw std::runtime_error("scripted byte source exhausted");
      data[i] = bytes[(*position)++];
    }
  };
}

/// Pearson's chi-square statistic of `text` against a uniform draw from `alphabet`.
double chiSquare(const std::string& text, std::string_view alphabet) {
  std::map<char, double> counts;
  for (char c : alphabet)
    counts[c] = 0;
  for (char c : text)
    counts.at(c) += 1;
  const double expected = static_cast<double>(text.size()) / static_cast<double>(alphabet.size());
  double statistic = 0;
  for (const auto& [c, observed] : counts)
    statistic += (observed - expected) * (observed - expected) / expected;
  return statistic;
}

// Critical values of the chi-square distribution with k-1 degrees of freedom at p = 1e-7
// (the upper 1e-7 quantile, computed from the regularized incomplete gamma function). The test
// checks five charsets, so a correct generator fails it with probability below 5e-7: less
// than once in 10^6 runs. A modulo-biased generator scores around 1300 for alnum (see below).
double criticalValue(std::size_t alphabetSize) {
  switch (alphabetSize) {
  case 16:
    return 62.33; // 15 degrees of freedom
  case 62:
    return 136.66; // 61
  case 64:
    return 139.58; // 63
  case 74:
    return 153.99; // 73
  default:
    FAIL("no critical value for an alphabet of " << alphabetSize);
    return 0;
  }
}

constexpr std::size_t kChiSquareSample = 200000;

} // namespace

TEST_CASE("fillRandomBytes retries after EINTR and continues after short reads", "[generate]") {
  std::array<unsigned char, 10> buffer{};
  gScript = {-EINTR, 3, -EINTR, 4, 100};
  gCalls = 0;
  fillRandomBytes(buffer.data(), buffer.size(), scriptedGetrandom);
  CHECK(gCalls == 5);
  for (unsigned char byte : buffer)
    CHECK(byte == 0xAB);
}

TEST_CASE("fillRandomBytes fails loudly instead of falling back to a weak generator",
          "[generate]") {
  std::array<unsigned char, 8> buffer{};
  gScript = {-ENOSYS};
  gCalls = 0;
  CHECK_THROWS_WITH(fillRandomBytes(buffer.data(), buffer.size(), scriptedGetrandom),
                    Catch::Contains("getrandom(2)") && Catch::Contains(std::strerror(ENOSYS)));
  gScript = {2, -EFAULT};
  gCalls = 0;
  CHECK_THROWS_AS(fillRandomBytes(buffer.data(), buffer.size(), scriptedGetrandom), RandomError);
  for (unsigned char byte : buffer)
    CHECK(byte == 0); // the partial bytes were wiped
  gScript = {0};
  gCalls = 0;
  CHECK_THROWS_AS(fillRandomBytes(buffer.data(), buffer.size(), scriptedGetrandom), RandomError);
}

TEST_CASE("the real getrandom fills a buffer that is not all zeros", "[generate]") {
  std::array<unsigned char, 64> buffer{};
  fillRandomBytes(buffer.data(), buffer.size());
  bool anyNonZero = false;
  for (unsigned char byte : buffer)
    anyNonZero = anyNonZero || byte != 0;
  CHECK(anyNonZero); // fails by chance with probability 2^-512
}

TEST_CASE("uniformIndex accepts exactly the bytes below the largest multiple of the bound",
          "[generate]") {
  for (std::uint32_t bound : {62u, 3u, 255u, 256u, 16u, 74u, 7u, 2u}) {
    INFO("bound " << bound);
    // First buffer: every byte value once, in order; second: all 5s.
    std::vector<unsigned char> bytes(256);
    for (unsigned i = 0; i < 256; ++i)
      bytes[i] = static_cast<unsigned char>(i);
    bytes.insert(bytes.end(), 256, 5);
    RandomStream stream(scripted(bytes));
    const unsigned limit = 256 - 256 % bound;
    std::vector<unsigned> counts(bound, 0);
    for (unsigned i = 0; i < limit; ++i) {
      const std::uint32_t index = stream.uniformIndex(bound);
      REQUIRE(index < bound);
      REQUIRE(index == i % bound);
      ++counts[index];
    }
    // Every value came from exactly as many byte values: no modulo bias.
    for (unsigned count : counts)
      CHECK(count == limit / bound);
    // The bytes from `limit` to 255 are rejected; the next index comes from the next buffer.
    CHECK(stream.uniformIndex(bound) == 5 % bound);
  }
}

TEST_CASE("uniformIndex for bounds over 256 rejects 32-bit draws at the top", "[generate]") {
  // 2^32 mod 1000 = 296, so draws from 4294967000 up are rejected.
  std::vector<unsigned char> bytes = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                      0xFE, 0xD8, 0x00, 0x00, 0x03, 0xE9};
  bytes.resize(256, 0);
  RandomStream stream(scripted(bytes));
  CHECK(stream.uniformIndex(1000) ==
        1); // 0xFFFFFFFF and 0xFFFFFED8 (= 4294967000) are rejected, 1001 % 1000
  CHECK(stream.uniformIndex(1) == 0);
}

TEST_CASE("randomString draws the requested length from the alphabet only", "[generate]") {
  RandomStream stream;
  for (const CharsetInfo& info : allCharsets()) {
    INFO(info.name);
    for (std::size_t length :
         {std::size_t{0}, std::size_t{1}, std::size_t{32}, std::size_t{4096}}) {
      const std::string text = randomString(length, info.alphabet, stream);
      CHECK(text.size() == length);
      CHECK(text.find_first_not_of(info.alphabet) == std::string::npos);
    }
  }
  CHECK_THROWS_AS(randomString(4, "", stream), std::invalid_argument);
  CHECK_THROWS_AS(randomString(4, std::string(257, 'a'), stream), std::invalid_argument);
}

TEST_CASE("10,000 generated secrets are all different", "[generate]") {
  RandomStream stream;
  for (Charset charset : {Charset::Alnum, Charset::Hex}) {
    const std::string_view alphabet = charsetInfo(charset).alphabet;
    std::set<std::string> seen;
    for (int i = 0; i < 10000; ++i)
      seen.insert(randomString(16, alphabet, stream)); // at least 64 bits each
    CHECK(seen.size() == 10000);
  }
}

TEST_CASE("every charset's characters are uniform (chi-square, p = 1e-7)", "[generate]") {
  RandomStream stream;
  for (const CharsetInfo& info : allCharsets()) {
    INFO(info.name);
    const std::string sample = randomString(kChiSquareSample, info.alphabet, stream);
    const double statistic = chiSquare(sample, info.alphabet);
    CHECK(statistic < criticalValue(info.alphabet.size()));
  }
}

TEST_CASE("the chi-square check catches a modulo-biased generator", "[generate]") {
  // The same random bytes mapped with a plain `byte % 62` favour the first 8 characters
  // (5/256 instead of 4/256): the test above would fail for such a generator.
  RandomStream stream;
  const std::string_view alphabet = charsetInfo(Charset::Alnum).alphabet;
  std::string biased(kChiSquareSample, '\0');
  for (char& c : biased)
    c = alphabet[stream.nextByte() % alphabet.size()];
  CHECK(chiSquare(biased, alphabet) > criticalValue(alphabet.size()));
}
