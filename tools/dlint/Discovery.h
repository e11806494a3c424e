#pragma once
// Turns the PATH arguments into the list of inputs to lint: files as given, `-` for standard
// input, and directories searched recursively for Dockerfiles in a sorted, stable order.

#include <string>
#include <string_view>
#include <vector>

namespace dlint::cli {

struct Input {
  std::string path;        ///< what to open; `-` for standard input
  std::string displayName; ///< the name diagnostics print
  bool isStdin = false;
};

struct Discovery {
  std::vector<Input> inputs;
  std::vector<std::string> errors;   ///< a folder that could not be read (exit code 2)
  std::vector<std::string> warnings; ///< e.g. a folder with no Dockerfile in it
};

/// True for `Dockerfile`, `Containerfile`, `Dockerfile.*`, `Containerfile.*` and `*.dockerfile`
/// (suffix in any case), but not for BuildKit's per-file ignore files (`*.dockerignore`).
bool isDockerfileName(std::string_view fileName);

/// True for folders never searched: version control data, dependency and tool caches.
bool isSkippedDirectoryName(std::string_view directoryName);

/// Expands `paths` in order. A file named explicitly is always an input, whatever its name
/// and even if it does not exist (reading it reports the error). Inside a folder, only
/// Dockerfile names count, skipped folders and symlinked folders are not entered, and each
/// file is listed once even when reached twice.
Discovery discoverInputs(const std::vector<std::string>& paths, const std::string& stdinName);

} // namespace dlint::cli
