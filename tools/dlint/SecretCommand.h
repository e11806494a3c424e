#pragma once
// `dlint secret generate | create-file | validate`: make strong secrets and store them the way
// Docker and compose secrets expect, without the value ever appearing in dlint's output.

#include <ostream>
#include <unistd.h>

namespace dlint::cli {

/// argv[0] is "secret". `inputFd` is where --from-stdin reads. Returns the exit code:
/// 0 done; 1 create-file refused to replace an existing file; 2 a usage error, an invalid
/// name or value, or a system error.
int runSecretCommand(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
                     int inputFd = STDIN_FILENO);

} // namespace dlint::cli
