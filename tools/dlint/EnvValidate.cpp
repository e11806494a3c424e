#include "tools/dlint/EnvValidate.h"

namespace dlint::cli {

int runEnvValidate(const std::vector<std::string>& envFiles, const Options& options, const OutputStreams& streams) {
  // The main command's run, with the files taken as .env files: the same configuration
  // (.dlint.yaml, DLINT_* variables), outputs and exit codes.
  Options run = options;
  run.paths = envFiles;
  run.envFilesOnly = true;
  return runDriver(run, streams);
}

} // namespace dlint::cli
