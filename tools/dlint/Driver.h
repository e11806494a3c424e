#pragma once
// Runs the pipeline over every input (read, parse, report to the consumers) and turns what
// happened into the exit code.

#include "tools/dlint/Options.h"

#include <ostream>

namespace dlint::cli {

/// Where the output goes. `outFd` is the descriptor behind `out`, so that --color=auto can
/// ask whether it is a terminal; likewise `errFd`.
struct OutputStreams {
  std::ostream& out;
  std::ostream& err;
  int outFd;
  int errFd;
};

/// Lints (or, with --dump-ast, dumps) every input in order and returns the exit code:
/// 2 after any unreadable or non-text input, else 1 for findings at or above --fail-on, else 0.
int runDriver(const Options& options, const OutputStreams& streams);

} // namespace dlint::cli
