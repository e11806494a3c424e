#pragma once
// --parseable-fixits: after each diagnostic, one line per edit of its first fix, exactly as
// clang's -fdiagnostics-parseable-fixits prints them:
//   fix-it:"Dockerfile":{3:8-3:8}:" --no-cache"
// Lines are 1-based, columns count bytes, the range is half-open. Register it after the
// text printer on the same stream so each block follows its diagnostic.

#include <ostream>
#include <string>
#include <string_view>

#include "diagnostics/DiagnosticsEngine.h"

namespace dlint::fix {

/// llvm::raw_ostream::write_escaped: backslash, tab, newline and double quote get a
/// backslash escape; other bytes outside printable ASCII are written as three octal digits.
std::string escapeLikeClang(std::string_view text);

/// The fix-it line for one edit of a fix in `file` (fix text scrubbed of secrets).
std::string parseableFixit(const SourceFile& file, const FixItEdit& edit);

class ParseableFixitPrinter : public DiagnosticConsumer {
public:
  explicit ParseableFixitPrinter(std::ostream& out) : out_(out) {}
  void handle(const Diagnostic& diagnostic, const SourceManager& sources) override;

private:
  std::ostream& out_;
};

} // namespace dlint::fix
