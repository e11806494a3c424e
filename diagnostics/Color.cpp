#include "diagnostics/Color.h"

#include <cstdlib>
#include <string>

#include <unistd.h>

namespace dlint {

std::optional<ColorMode> parseColorMode(std::string_view text) {
  if (text == "auto")
    return ColorMode::Auto;
  if (text == "always")
    return ColorMode::Always;
  if (text == "never")
    return ColorMode::Never;
  return std::nullopt;
}

EnvironmentLookup processEnvironment() {
  return [](std::string_view name) -> std::optional<std::string> {
    const char* value = std::getenv(std::string(name).c_str());
    if (value == nullptr)
      return std::nullopt;
    return std::string(value);
  };
}

bool shouldUseColor(ColorMode mode, int fd, const EnvironmentLookup& environment) {
  switch (mode) {
  case ColorMode::Never:
    return false;
  case ColorMode::Always:
    return true; // an explicit request wins over NO_COLOR
  case ColorMode::Auto:
    break;
  }
  // no-color.org: "set and not an empty string", whatever its value.
  if (auto noColor = environment("NO_COLOR"); noColor && !noColor->empty())
    return false;
  if (auto term = environment("TERM"); term && *term == "dumb")
    return false;
  return isatty(fd) == 1;
}

bool shouldUseColor(ColorMode mode, int fd) {
  return shouldUseColor(mode, fd, processEnvironment());
}

} // namespace dlint
