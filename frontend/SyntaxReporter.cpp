#include "frontend/SyntaxReporter.h"

#include "frontend/Parser.h"

namespace dlint::frontend {

const std::vector<SyntaxCode>& syntaxCodes() {
  static const std::vector<SyntaxCode> codes = {
#define DLINT_SYNTAX(code, name, level, summary, aliases) {#code, #name, Level::level, summary, aliases},
#include "frontend/SyntaxDiagnostics.def"
#undef DLINT_SYNTAX
  };
  return codes;
}

Diagnostic SyntaxReporter::make(Syntax id, SourceRange range, std::string message) const {
  const SyntaxCode& code = syntaxCodes()[static_cast<std::size_t>(id)];
  Diagnostic d;
  d.code = std::string(code.code);
  d.name = std::string(code.name);
  d.level = code.level;
  d.file = file_;
  d.range = range;
  d.message = std::move(message);
  if (d.level == Level::Error)
    ++errors_;
  return d;
}

} // namespace dlint::frontend
