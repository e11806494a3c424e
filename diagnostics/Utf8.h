#pragma once
// Small UTF-8 helpers: validation with the offset of the first bad byte, and column counting.

#include <cstddef>
#include <optional>
#include <string_view>

namespace dlint::utf8 {

/// Length of the well-formed UTF-8 sequence at `s[i]`, or 0 if it is malformed
/// (overlong forms, surrogates and code points above U+10FFFF are malformed).
std::size_t sequenceLength(std::string_view s, std::size_t i);

/// Offset of the first byte that does not start a well-formed sequence, if any.
std::optional<std::size_t> findInvalid(std::string_view s);

/// Code points in `s`; each malformed byte counts as one (as a replacement character would).
std::size_t countCodePoints(std::string_view s);

/// UTF-16 code units in `s`; malformed bytes count as one unit each.
std::size_t countUtf16Units(std::string_view s);

} // namespace dlint::utf8
