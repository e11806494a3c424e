#pragma once
// `dlint secret validate --env-file FILE`: lints one file as a .env file, whatever its name,
// with the run's options (--select/--ignore, --color, --fail-on, --show-secrets,
// --max-file-size), and returns the exit code the driver would.

#include <string>

#include "tools/dlint/Driver.h"
#include "tools/dlint/Options.h"

namespace dlint::cli {

/// `envFile` is a path, or `-` for standard input (named by options.stdinFilename).
/// Diagnostics go to streams.out, errors to streams.err. Exit code: 2 when the file cannot be
/// read or is not text, else 1 for findings at or above options.failOn, else 0.
int runEnvValidate(const std::string& envFile, const Options& options, const OutputStreams& streams);

} // namespace dlint::cli
