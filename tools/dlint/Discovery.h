#pragma once
// Turns the PATH arguments into the list of inputs to lint: files as given, `-` for standard
// input, and directories searched recursively for Dockerfiles and .env files in a sorted,
// stable order.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dlint::cli {

/// Which language an input is read as.
enum class InputKind : std::uint8_t { Dockerfile, EnvFile };

struct Input {
  std::string path;        ///< what to open; `-` for standard input
  std::string displayName; ///< the name diagnostics print
  bool isStdin = false;
  InputKind kind = InputKind::Dockerfile;
};

/// A folder that could not be read (exit code 2).
struct DiscoveryError {
  std::string path;    ///< the folder as diagnostics name it
  std::string message; ///< "cannot read directory 'x': Permission denied"
  friend bool operator<(const DiscoveryError& a, const DiscoveryError& b) { return a.message < b.message; }
};

struct Discovery {
  std::vector<Input> inputs;
  std::vector<DiscoveryError> errors;
  std::vector<std::string> warnings; ///< e.g. a folder with no Dockerfile in it
};

/// True for `Dockerfile`, `Containerfile`, `Dockerfile.*`, `Containerfile.*` and `*.dockerfile`
/// (suffix in any case), but not for BuildKit's per-file ignore files (`*.dockerignore`).
bool isDockerfileName(std::string_view fileName);

/// True for `.env`, `.env.*` and `*.env` (suffix in any case): the names discovery lints as
/// .env files, and an explicit file argument named so is linted as one.
bool isEnvFileName(std::string_view fileName);

/// True for the committed templates of a .env file, `.env.example`, `.env.sample`,
/// `.env.template`, `.env.tpl`, `.env.dist` and `.env.defaults`: they hold placeholders by
/// design, so discovery skips them (they are linted when named explicitly).
bool isEnvTemplateName(std::string_view fileName);
/// `compose.yaml`, `docker-compose.yml`, `docker-compose.override.yml`, `compose.prod.yaml`...:
/// compose files, which dlint does not lint yet.
bool isComposeFileName(std::string_view fileName);

/// The kind an input of this file name is read as: a .env file for isEnvFileName names that
/// are not Dockerfile names, else a Dockerfile.
InputKind inputKindOf(std::string_view fileName);

/// True for folders never searched: version control data, dependency and tool caches.
bool isSkippedDirectoryName(std::string_view directoryName);

/// Expands `paths` in order. A file named explicitly is always an input, whatever its name
/// and even if it does not exist (reading it reports the error); its kind follows its name,
/// and standard input's follows `stdinName`. Inside a folder, only Dockerfile names and .env
/// names (not templates) count, skipped folders and symlinked folders are not entered, and
/// each file is listed once even when reached twice.
Discovery discoverInputs(const std::vector<std::string>& paths, const std::string& stdinName);

} // namespace dlint::cli
