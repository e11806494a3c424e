#pragma once
// When to colour terminal output (--color=auto|always|never, NO_COLOR, TERM=dumb), and the
// plain ANSI escapes the text printer uses. Colours follow clang's choices.

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace dlint {

enum class ColorMode { Auto, Always, Never };

/// "auto", "always" or "never"; anything else is nullopt.
std::optional<ColorMode> parseColorMode(std::string_view text);

/// Reads one environment variable; nullopt when it is unset. Injected by tests.
using EnvironmentLookup = std::function<std::optional<std::string>(std::string_view name)>;

/// The process environment (std::getenv).
EnvironmentLookup processEnvironment();

/// Never → false; Always → true; Auto → false when NO_COLOR is set and non-empty
/// (https://no-color.org) or TERM=dumb, otherwise whether `fd` is a terminal.
bool shouldUseColor(ColorMode mode, int fd, const EnvironmentLookup& environment);
bool shouldUseColor(ColorMode mode, int fd);

namespace ansi {
// Each starts from a clean state ("0;") as LLVM's raw_ostream::changeColor does.
inline constexpr std::string_view kReset = "\033[0m";
inline constexpr std::string_view kBold = "\033[1m";
inline constexpr std::string_view kReverse = "\033[7m";
inline constexpr std::string_view kBoldBlack = "\033[0;1;30m";
inline constexpr std::string_view kBoldRed = "\033[0;1;31m";
inline constexpr std::string_view kBoldGreen = "\033[0;1;32m";
inline constexpr std::string_view kBoldBlue = "\033[0;1;34m";
inline constexpr std::string_view kBoldMagenta = "\033[0;1;35m";
inline constexpr std::string_view kBoldCyan = "\033[0;1;36m";
inline constexpr std::string_view kGreen = "\033[0;32m";
} // namespace ansi

} // namespace dlint
