#pragma once
// The .env pipeline for one file: parse (envfile/), mask secret values, report the syntax
// errors, run every selected EV rule and the secret detectors on the values.

#include <optional>
#include <string>

#include "diagnostics/DiagnosticsEngine.h"
#include "passes/Linter.h"

namespace dlint::passes {

struct EnvLintResult {
  /// The bytes are not a text file (a NUL byte, invalid UTF-8): an input error, exit code 2.
  bool inputError = false;
};

/// Lints `file` of `sources` as a .env file. `diskPath` is the file as named on the command
/// line (nullopt for standard input): the file-level rules (mode, git, build context) use it.
EnvLintResult lintEnvFile(const SourceManager& sources, FileID file, DiagnosticsEngine& engine,
                          const std::optional<std::string>& diskPath, const RuleFilter& filter = {});

} // namespace dlint::passes
