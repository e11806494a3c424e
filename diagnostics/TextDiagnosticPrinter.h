#pragma once
// Prints diagnostics as clang-14 does:
//   Dockerfile:3:1: error: unknown instruction 'RUNN' [DF110]
//   RUNN apt-get update
//   ^~~~
//   RUN
// then each note, and at the end "1 warning and 2 errors generated.".

#include <array>
#include <cstddef>
#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

#include "diagnostics/DiagnosticsEngine.h"

namespace dlint {

struct TextOptions {
  bool color = false;     ///< ANSI colours as clang uses them
  unsigned tabStop = 8;   ///< as clang's -ftabstop
  bool showSource = true; ///< source line and caret line under each located message
  bool showFixIts = true; ///< fix-it line under the caret line
  bool summary = true;    ///< "N warnings and M errors generated." from finish()
};

class TextDiagnosticPrinter : public DiagnosticConsumer {
public:
  TextDiagnosticPrinter(std::ostream& out, TextOptions options = {});

  void handle(const Diagnostic& diagnostic, const SourceManager& sources) override;
  /// Prints the summary line when anything was printed, then starts counting afresh.
  void finish(const SourceManager& sources) override;

private:
  /// `file:line:col: level: message [code]`, without the location when `file` is null.
  void printHeader(const SourceFile* file, std::uint32_t offset, Level level,
                   std::string_view message, std::string_view code);
  /// Source line of `primary.begin`, caret line, and the fix-it line of `fix` if any.
  void printSnippet(const SourceFile& file, SourceRange primary,
                    const std::vector<SourceRange>& highlights, const FixIt* fix);
  void printNote(const SourceFile* file, const DiagnosticNote& note);
  void printSummary();

  std::ostream& out_;
  TextOptions options_;
  std::array<std::size_t, 5> printed_{}; ///< top-level diagnostics printed, by Level
};

} // namespace dlint
