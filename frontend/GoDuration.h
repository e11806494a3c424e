#pragma once
// Go's time.ParseDuration, for HEALTHCHECK --interval and friends.

#include <optional>
#include <string_view>

namespace dlint::frontend {

/// The duration in nanoseconds, or nothing when `text` is not a Go duration ("1m30s", "500ms").
std::optional<double> parseGoDuration(std::string_view text);

} // namespace dlint::frontend
