#include "diagnostics/Diagnostic.h"

#include <array>

namespace dlint {

namespace {
constexpr std::array<std::string_view, 5> kLevelNames = {"note", "style", "info", "warning",
                                                         "error"};
} // namespace

std::string_view levelName(Level level) { return kLevelNames[static_cast<std::size_t>(level)]; }

std::optional<Level> parseLevel(std::string_view name) {
  for (std::size_t i = 0; i < kLevelNames.size(); ++i)
    if (kLevelNames[i] == name)
      return static_cast<Level>(i);
  return std::nullopt;
}

std::string_view applicabilityName(Applicability applicability) {
  switch (applicability) {
  case Applicability::Safe:
    return "safe";
  case Applicability::Unsafe:
    return "unsafe";
  case Applicability::DisplayOnly:
    return "display-only";
  }
  return "safe";
}

} // namespace dlint
