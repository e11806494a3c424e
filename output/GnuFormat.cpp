#include "output/GnuFormat.h"

#include <string>

#include "diagnostics/DisplayLine.h"
#include "diagnostics/Redaction.h"

namespace dlint::output {

namespace {

constexpr unsigned kTabStop = 8;

/// 1-based display column of the character at `offset`.
std::uint32_t displayColumn(const SourceFile& file, std::uint32_t offset) {
  const std::uint32_t line = file.lineOf(offset);
  const DisplayLine display(file.lineText(line), kTabStop);
  return display.columnAt(offset - file.lineStart(line)) + 1;
}

/// 1-based display column of the last column the character ending at `end` takes.
std::uint32_t lastDisplayColumn(const SourceFile& file, std::uint32_t end) {
  const std::uint32_t line = file.lineOf(end - 1);
  const DisplayLine display(file.lineText(line), kTabStop);
  const std::uint32_t after = display.columnAfter(end - file.lineStart(line));
  return std::max<std::uint32_t>(after, 1);
}

} // namespace

std::string gnuLocation(const SourceFile& file, SourceRange range) {
  const std::uint32_t begin = std::min(range.begin, file.size());
  const std::uint32_t end = std::max(begin, std::min(range.end, file.size()));
  const std::uint32_t line = file.lineOf(begin);
  const std::uint32_t column = displayColumn(file, begin);
  if (end == begin) return std::to_string(line) + ":" + std::to_string(column);
  // A range ending just after a newline ends on the line before.
  const std::uint32_t endLine = file.lineOf(end - 1);
  const std::uint32_t endColumn = lastDisplayColumn(file, end);
  std::string location = std::to_string(line) + "." + std::to_string(column) + "-";
  if (endLine != line) location += std::to_string(endLine) + ".";
  return location + std::to_string(endColumn);
}

void GnuFormat::handle(const Diagnostic& diagnostic, const SourceManager& sources) {
  const SourceFile& file = sources.file(diagnostic.file);
  out_ << file.name() << ":" << gnuLocation(file, diagnostic.range) << ": " << levelName(diagnostic.level) << ": "
       << scrubSecrets(file, diagnostic.message) << " [" << diagnostic.code << "]\n";
  for (const DiagnosticNote& note : diagnostic.notes) {
    const SourceRange at = note.range ? *note.range : SourceRange{diagnostic.range.begin, diagnostic.range.begin};
    out_ << file.name() << ":" << gnuLocation(file, at) << ": note: " << scrubSecrets(file, note.message) << "\n";
  }
}

} // namespace dlint::output
