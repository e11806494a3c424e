#include "frontend/GoDuration.h"

#include <array>
#include <utility>

namespace dlint::frontend {

namespace {
constexpr std::array<std::pair<std::string_view, double>, 8> kUnits = {{
    {"ns", 1.0}, {"us", 1e3}, {"\xC2\xB5s", 1e3}, {"\xCE\xBCs", 1e3},
    {"ms", 1e6}, {"s", 1e9},  {"m", 60e9},         {"h", 3600e9},
}};
bool isDigit(char c) { return c >= '0' && c <= '9'; }
} // namespace

std::optional<double> parseGoDuration(std::string_view s) {
  double sign = 1;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    sign = s[0] == '-' ? -1 : 1;
    s.remove_prefix(1);
  }
  if (s == "0")
    return 0.0;
  if (s.empty())
    return std::nullopt;
  double total = 0;
  while (!s.empty()) {
    std::size_t i = 0;
    double value = 0;
    bool digits = false;
    while (i < s.size() && isDigit(s[i])) {
      value = value * 10 + (s[i++] - '0');
      digits = true;
    }
    if (i < s.size() && s[i] == '.') {
      ++i;
      double scale = 0.1;
      while (i < s.size() && isDigit(s[i])) {
        value += (s[i++] - '0') * scale;
        scale /= 10;
        digits = true;
      }
    }
    if (!digits)
      return std::nullopt;
    s.remove_prefix(i);
    std::size_t unitLength = 0;
    while (unitLength < s.size() && !isDigit(s[unitLength]) && s[unitLength] != '.')
      ++unitLength;
    std::string_view unit = s.substr(0, unitLength);
    bool known = false;
    for (const auto& [name, factor] : kUnits)
      if (unit == name) {
        total += value * factor;
        known = true;
        break;
      }
    if (!known)
      return std::nullopt;
    s.remove_prefix(unitLength);
  }
  return sign * total;
}

} // namespace dlint::frontend
