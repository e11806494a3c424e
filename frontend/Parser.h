#pragma once
// The Dockerfile frontend: bytes in, AST and positioned syntax diagnostics out.

#include "ast/Nodes.h"
#include "diagnostics/DiagnosticsEngine.h"

namespace dlint::frontend {

struct ParseResult {
  ast::Dockerfile dockerfile;
  /// The bytes are not a text file (a NUL byte, invalid UTF-8): an input error, exit code 2.
  bool inputError = false;
};

/// Parses `file` as BuildKit does, reporting every syntax problem to `diagnostics` and
/// recovering at the next instruction, so the AST holds everything that could be parsed.
ParseResult parseDockerfile(const SourceManager& sources, FileID file,
                            DiagnosticsEngine& diagnostics);

/// A syntax diagnostic's identity, from SyntaxDiagnostics.def.
struct SyntaxCode {
  std::string_view code;
  std::string_view name;
  Level level;
  std::string_view summary;
  std::string_view aliases; ///< "tool:ID" comma-separated, as RuleInfo::aliases
};
const std::vector<SyntaxCode>& syntaxCodes();

} // namespace dlint::frontend
