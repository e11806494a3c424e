// Placeholder while the frontend is written.
#include "frontend/Parser.h"
namespace dlint::frontend {
ParseResult parseDockerfile(const SourceManager&, FileID file, DiagnosticsEngine&) {
  ParseResult r; r.dockerfile.file = file; return r;
}
const std::vector<SyntaxCode>& syntaxCodes() {
  static const std::vector<SyntaxCode> codes = {
#define DLINT_SYNTAX(code, name, level, summary) {#code, #name, Level::level, summary},
#include "frontend/SyntaxDiagnostics.def"
#undef DLINT_SYNTAX
  };
  return codes;
}
}
