#pragma once
// A diagnostic is a plain value: where, how bad, what, and how to fix it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/SourceManager.h"

namespace dlint {

/// Ordered from least to most severe, so levels compare with < and >=.
enum class Level : std::uint8_t { Note, Style, Info, Warning, Error };

std::string_view levelName(Level level);
std::optional<Level> parseLevel(std::string_view name);

/// How safe a fix is to apply without a human looking at it.
enum class Applicability : std::uint8_t {
  Safe,       ///< keeps meaning; applied by --fix
  Unsafe,     ///< may change meaning; applied only with --unsafe-fixes
  DisplayOnly ///< a suggestion to show, never applied
};

std::string_view applicabilityName(Applicability applicability);

/// Replace the bytes in `range` with `replacement` (insertion when the range is empty).
struct FixItEdit {
  SourceRange range;
  std::string replacement;
};

struct FixIt {
  std::string message; ///< what the fix does, e.g. "replace 'ADD' with 'COPY'"
  std::vector<FixItEdit> edits;
  Applicability applicability = Applicability::Safe;
};

/// A secondary message; without a range it is printed without a source line.
struct DiagnosticNote {
  std::string message;
  std::optional<SourceRange> range;
};

struct Diagnostic {
  std::string code;      ///< stable rule code, e.g. "DF109"
  std::string name;      ///< kebab-case rule name, e.g. "unknown-instruction"
  Level level = Level::Warning;
  FileID file = 0;
  SourceRange range;     ///< primary location: the caret goes at range.begin
  std::vector<SourceRange> highlights; ///< extra ranges underlined with '~'
  std::string message;   ///< lower-case start, no final period
  std::vector<FixIt> fixes;
  std::vector<DiagnosticNote> notes;
  /// Byte ranges in `file` that hold secret values: every consumer masks them wherever the
  /// file's text is shown, whether or not this diagnostic itself is reported.
  std::vector<SourceRange> secrets;
};

} // namespace dlint
