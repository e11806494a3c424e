#pragma once
// Reports the frontend's diagnostics by their identity in SyntaxDiagnostics.def.

#include <string>

#include "diagnostics/DiagnosticsEngine.h"

namespace dlint::frontend {

enum class Syntax {
#define DLINT_SYNTAX(code, name, level, summary, aliases) code,
#include "frontend/SyntaxDiagnostics.def"
#undef DLINT_SYNTAX
};

class SyntaxReporter {
public:
  SyntaxReporter(DiagnosticsEngine& engine, FileID file) : engine_(engine), file_(file) {}

  /// Reports `id` at `range` and returns it so callers can attach notes or fixes first.
  Diagnostic make(Syntax id, SourceRange range, std::string message) const;
  void report(Syntax id, SourceRange range, std::string message) const {
    engine_.report(make(id, range, std::move(message)));
  }
  void report(Diagnostic diagnostic) const { engine_.report(std::move(diagnostic)); }
  std::size_t errorCount() const { return errors_; }

private:
  DiagnosticsEngine& engine_;
  FileID file_;
  mutable std::size_t errors_ = 0;
};

} // namespace dlint::frontend
