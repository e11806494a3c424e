#pragma once
// `dlint secret validate --env-file FILE`: lints files as .env files, whatever their names, as
// the main command lints: with the run's options, the .dlint.yaml that applies to each file and
// the DLINT_* variables.

#include <string>
#include <vector>

#include "tools/dlint/Driver.h"
#include "tools/dlint/Options.h"

namespace dlint::cli {

/// Each of `envFiles` is a path, or `-` for standard input (named by options.stdinFilename);
/// all are one run, so --format/-o/--report write one report for them all. Diagnostics go to
/// the outputs (default: text on streams.out), errors to streams.err. Exit code: 3 when a
/// configuration file is invalid (nothing is linted), 2 when a file cannot be read or is not
/// text (the others are still linted), else 1 for findings at or above the fail-on level, else 0.
int runEnvValidate(const std::vector<std::string>& envFiles, const Options& options, const OutputStreams& streams);

} // namespace dlint::cli
