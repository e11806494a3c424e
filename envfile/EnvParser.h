#pragma once
// The .env frontend: bytes in, EnvFileModel and positioned syntax diagnostics out.

#include <string_view>
#include <vector>

#include "diagnostics/Diagnostic.h"
#include "envfile/EnvFileModel.h"

namespace dlint::envfile {

struct EnvParseResult {
  EnvFileModel model;
  /// Syntax diagnostics (EV1xx), in file order, not yet reported: the caller adds the ranges
  /// of secret values to them first, so a snippet never shows a password (passes/env).
  std::vector<Diagnostic> diagnostics;
  /// The bytes are not a text file (a NUL byte, invalid UTF-8): an input error, exit code 2.
  bool inputError = false;
};

/// Parses `source` as docker compose reads a .env file, recovering at the next line after
/// each malformed statement, so the model holds every statement that could be read. A file
/// with a NUL byte gives an empty model; invalid UTF-8 is reported and the rest still parsed.
EnvParseResult parseEnvFile(const SourceFile& source, FileID file);

/// A .env syntax diagnostic's identity, from EnvSyntaxDiagnostics.def.
struct EnvSyntaxCode {
  std::string_view code;
  std::string_view name;
  Level level;
  std::string_view summary;
};
const std::vector<EnvSyntaxCode>& envSyntaxCodes();

} // namespace dlint::envfile
