#include "secrets/Entropy.h"

#include <array>
#include <cmath>

namespace dlint::secrets {

double shannonEntropy(std::string_view text) {
  if (text.empty())
    return 0.0;
  std::array<std::size_t, 256> counts{};
  for (char c : text)
    ++counts[static_cast<unsigned char>(c)];
  const double length = static_cast<double>(text.size());
  double entropy = 0.0;
  for (std::size_t count : counts) {
    if (count == 0)
      continue;
    double p = static_cast<double>(count) / length;
    entropy -= p * std::log2(p);
  }
  return entropy;
}

} // namespace dlint::secrets
