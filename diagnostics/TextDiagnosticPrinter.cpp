#include "diagnostics/TextDiagnosticPrinter.h"

#include <algorithm>
#include <numeric>
#include <string>

#include "diagnostics/Color.h"
#include "diagnostics/Redaction.h"
#include "diagnostics/SnippetRenderer.h"

namespace dlint {

namespace {

std::string_view levelColor(Level level) {
  switch (level) {
  case Level::Error:
    return ansi::kBoldRed;
  case Level::Warning:
    return ansi::kBoldMagenta;
  case Level::Info:
    return ansi::kBoldCyan;
  case Level::Style:
    return ansi::kBoldBlue;
  case Level::Note:
    return ansi::kBoldBlack;
  }
  return ansi::kBold;
}

/// Keeps a range inside the file with end >= begin, whatever a rule handed us.
SourceRange clampToFile(const SourceFile& file, SourceRange range) {
  const std::uint32_t begin = std::min(range.begin, file.size());
  const std::uint32_t end = std::clamp(range.end, begin, file.size());
  return {begin, end};
}

/// The part of `range` visible on `line` (a range running on is cut at the line's end).
std::optional<LineSpan> spanOnLine(const SourceFile& file, std::uint32_t line, SourceRange range) {
  const std::uint32_t lineBegin = file.lineStart(line);
  const auto length = static_cast<std::uint32_t>(file.lineText(line).size());
  if (range.empty() || range.end <= lineBegin || range.begin >= lineBegin + length)
    return std::nullopt;
  const std::uint32_t begin = range.begin > lineBegin ? range.begin - lineBegin : 0;
  const std::uint32_t end = std::min(range.end - lineBegin, length);
  return LineSpan{begin, end};
}

std::string plural(std::size_t count, std::string_view noun) {
  return std::to_string(count) + " " + std::string(noun) + (count == 1 ? "" : "s");
}

} // namespace

TextDiagnosticPrinter::TextDiagnosticPrinter(std::ostream& out, TextOptions options)
    : out_(out), options_(options) {}

void TextDiagnosticPrinter::handle(const Diagnostic& diagnostic, const SourceManager& sources) {
  ++printed_[static_cast<std::size_t>(diagnostic.level)];
  if (diagnostic.file >= sources.fileCount()) {
    // No file to point into: print the message alone, as clang does for invalid locations.
    printHeader(nullptr, 0, diagnostic.level, diagnostic.message, diagnostic.code);
    for (const DiagnosticNote& note : diagnostic.notes)
      printNote(nullptr, note);
    return;
  }
  const SourceFile& file = sources.file(diagnostic.file);
  const SourceRange primary = clampToFile(file, diagnostic.range);
  printHeader(&file, primary.begin, diagnostic.level, scrubSecrets(file, diagnostic.message),
              diagnostic.code);
  if (options_.showSource) {
    const bool showFix = options_.showFixIts && !diagnostic.fixes.empty();
    printSnippet(file, primary, diagnostic.highlights, showFix ? &diagnostic.fixes.front() : nullptr);
  }
  for (const DiagnosticNote& note : diagnostic.notes)
    printNote(&file, note);
}

void TextDiagnosticPrinter::printNote(const SourceFile* file, const DiagnosticNote& note) {
  if (file == nullptr || !note.range) {
    printHeader(nullptr, 0, Level::Note, file ? scrubSecrets(*file, note.message) : note.message, {});
    return;
  }
  const SourceRange range = clampToFile(*file, *note.range);
  printHeader(file, range.begin, Level::Note, scrubSecrets(*file, note.message), {});
  if (options_.showSource)
    printSnippet(*file, range, {}, nullptr);
}

void TextDiagnosticPrinter::printHeader(const SourceFile* file, std::uint32_t offset, Level level,
                                        std::string_view message, std::string_view code) {
  const bool color = options_.color;
  if (file != nullptr) {
    const LineColumn where = file->locate(offset);
    if (color)
      out_ << ansi::kBold;
    out_ << file->name() << ':' << where.line << ':' << where.byteColumn << ": ";
    if (color)
      out_ << ansi::kReset;
  }
  if (color)
    out_ << levelColor(level);
  out_ << levelName(level) << ": ";
  if (color)
    out_ << ansi::kReset;
  // clang prints primary messages bold and notes plain, so notes read as continuations.
  const bool bold = color && level != Level::Note;
  if (bold)
    out_ << ansi::kBold;
  out_ << message;
  if (!code.empty())
    out_ << " [" << code << ']';
  if (bold)
    out_ << ansi::kReset;
  out_ << '\n';
}

void TextDiagnosticPrinter::printSnippet(const SourceFile& file, SourceRange primary,
                                         const std::vector<SourceRange>& highlights,
                                         const FixIt* fix) {
  const std::uint32_t line = file.lineOf(primary.begin);
  const std::uint32_t lineBegin = file.lineStart(line);
  SnippetRequest request;
  const std::string shownLine = maskedLineText(file, line);
  request.line = shownLine;
  request.tabStop = options_.tabStop;
  request.caretByte = primary.begin - lineBegin; // clamped to the line by the renderer
  auto underline = [&](SourceRange range) {
    if (auto span = spanOnLine(file, line, clampToFile(file, range)))
      request.underlines.push_back(*span);
  };
  underline(primary);
  for (SourceRange range : highlights)
    underline(range);
  std::vector<std::string> shownReplacements; // scrubbed; reserved so views stay valid
  if (fix != nullptr) {
    shownReplacements.reserve(fix->edits.size());
    for (const FixItEdit& edit : fix->edits) {
      const SourceRange range = clampToFile(file, edit.range);
      underline(range); // what the fix removes, as clang marks a hint's RemoveRange
      const bool oneLine = edit.replacement.find_first_of("\r\n") == std::string::npos;
      if (oneLine && file.lineOf(range.begin) == line)
        request.insertions.push_back(
            {range.begin - lineBegin, shownReplacements.emplace_back(scrubSecrets(file, edit.replacement))});
    }
  }

  const Snippet snippet = renderSnippet(request);
  const bool color = options_.color;
  for (const SourcePiece& piece : snippet.source) {
    if (color && piece.escaped)
      out_ << ansi::kReverse << piece.text << ansi::kReset;
    else
      out_ << piece.text;
  }
  out_ << '\n';
  if (color)
    out_ << ansi::kBoldGreen << snippet.caretLine << ansi::kReset << '\n';
  else
    out_ << snippet.caretLine << '\n';
  if (!snippet.fixItLine.empty()) {
    if (color)
      out_ << ansi::kGreen << snippet.fixItLine << ansi::kReset << '\n';
    else
      out_ << snippet.fixItLine << '\n';
  }
}

void TextDiagnosticPrinter::finish(const SourceManager& /*sources*/) {
  if (options_.summary)
    printSummary();
  printed_ = {};
}

void TextDiagnosticPrinter::printSummary() {
  const std::size_t errors = printed_[static_cast<std::size_t>(Level::Error)];
  const std::size_t warnings = printed_[static_cast<std::size_t>(Level::Warning)];
  const std::size_t total = std::accumulate(printed_.begin(), printed_.end(), std::size_t{0});
  if (warnings != 0 || errors != 0) {
    // clang's wording: "2 warnings generated.", "3 warnings and 1 error generated."
    std::string line;
    if (warnings != 0)
      line = plural(warnings, "warning");
    if (warnings != 0 && errors != 0)
      line += " and ";
    if (errors != 0)
      line += plural(errors, "error");
    out_ << line << " generated.\n";
  } else if (total != 0) {
    // Only info, style or note findings: say how many, still without calling them warnings.
    out_ << plural(total, "diagnostic") << " generated.\n";
  }
}

} // namespace dlint
