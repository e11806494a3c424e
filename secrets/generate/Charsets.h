#pragma once
// The alphabets `dlint secret generate` draws from, and the entropy a secret drawn from one has.

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace dlint::secrets::generate {

enum class Charset { Alnum, Hex, Base64, UrlSafe, Symbols };

struct CharsetInfo {
  Charset id;
  std::string_view name;     ///< as given to --charset
  std::string_view alphabet; ///< every character once, in a fixed order
  std::string_view summary;  ///< one line for --help and the docs
};

/// Every charset, in the order --help lists them.
std::span<const CharsetInfo> allCharsets();
const CharsetInfo& charsetInfo(Charset charset);
/// The charset called `name` (exact, lower case), or nullopt.
std::optional<Charset> parseCharset(std::string_view name);

/// Bits of entropy in `length` characters drawn uniformly and independently from
/// `alphabetSize` symbols: length * log2(alphabetSize).
double entropyBits(std::size_t length, std::size_t alphabetSize);
/// The shortest length that reaches `bits` bits with `alphabetSize` symbols (alphabetSize >= 2).
std::size_t lengthForBits(double bits, std::size_t alphabetSize);

} // namespace dlint::secrets::generate
