#pragma once
// What the file system and git say about a .env file on disk: its mode, whether git ignores
// it, and whether it sits unexcluded in a Docker build context. Each fact is computed on first
// request and kept; a file read from standard input has none of them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::envfile {

/// The nearest build context that would include the file.
struct BuildContextFinding {
  std::string contextDirectory; ///< the folder with the Dockerfile (as given, not canonical)
  std::string dockerfile;       ///< the Dockerfile's name in that folder
  std::string relativePath;     ///< the .env file's path below the context, slash-separated
  /// The ignore file BuildKit would read for that Dockerfile (`<Dockerfile>.dockerignore`,
  /// else `.dockerignore`); nullopt when there is none.
  std::optional<std::string> dockerignore;
};

class EnvFileFacts {
public:
  /// `path`: the file as given on the command line; nullopt for standard input.
  explicit EnvFileFacts(std::optional<std::string> path) : path_(std::move(path)) {}

  const std::optional<std::string>& path() const { return path_; }
  /// The permission bits (07777 mask), or nullopt when the file cannot be stat'ed.
  std::optional<unsigned> mode() const;
  /// The top of the git work tree holding the file; nullopt outside one or without git.
  const std::optional<std::string>& gitRoot() const;
  /// Whether git ignores the file; nullopt outside a work tree or without git.
  std::optional<bool> gitIgnored() const;
  /// Whether git already tracks the file (so ignoring it now would not untrack it).
  bool gitTracked() const;
  /// The nearest folder, from the file's own up to the work tree's top (only its own folder
  /// outside git), that holds a Dockerfile whose .dockerignore does not exclude the file.
  std::optional<BuildContextFinding> unexcludedBuildContext() const;

private:
  std::string directory() const;
  std::string fileName() const;

  std::optional<std::string> path_;
  mutable bool gitRootKnown_ = false;
  mutable std::optional<std::string> gitRoot_;
};

/// `Dockerfile`, `Containerfile`, `Dockerfile.*`, `Containerfile.*` or `*.dockerfile` (any
/// case), but not a per-Dockerfile ignore file: the names that make a folder a build context.
bool looksLikeDockerfileName(std::string_view name);

/// Runs `argv` (no shell) with stdin and stderr on /dev/null; returns its exit code and
/// standard output, or nullopt when it could not be started or was killed.
struct ProcessResult {
  int exitCode = -1;
  std::string output;
};
std::optional<ProcessResult> runProcess(const std::vector<std::string>& argv);

} // namespace dlint::envfile
