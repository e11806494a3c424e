#pragma once
// Shannon entropy of a string, the measure every secret scanner uses to tell a random token
// from a word: `hunter2hunter2` repeats few symbols, `q7Zk2pX9vL4m` uses many, evenly.

#include <string_view>

namespace dlint::secrets {

/// Shannon entropy in bits per character (per byte: UTF-8 sequences count byte by byte, which
/// only matters for non-ASCII text, and no token format uses any). 0 for an empty string; at
/// most log2(distinct bytes), e.g. 4 for 16 distinct symbols used equally often.
double shannonEntropy(std::string_view text);

} // namespace dlint::secrets
