#pragma once
// Where the passes' time goes: CPU time per analysis and per rule over a set of files, so the
// work on issue 3's overhead target starts from the biggest costs rather than from guesses.

#include <string>
#include <vector>

#include "bench/BenchSupport.h"

namespace dlint::bench {

struct PassCost {
  std::string name; ///< "analysis StageGraph" or "rule DF301 final-user-root"
  double seconds = 0;
};

/// One untimed parse per file, then each analysis built on its own (its dependencies already
/// built, so each figure is its own cost) and each default rule run; costliest first.
std::vector<PassCost> profilePasses(const std::vector<NamedText>& inputs);

} // namespace dlint::bench
