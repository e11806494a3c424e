#include "output/GithubAnnotations.h"

#include "diagnostics/Redaction.h"
#include "output/Locations.h"
#include "output/RuleCatalog.h"

namespace dlint::output {

namespace {

/// Annotations come in three kinds; info, style and notes are notices.
std::string_view command(Level level) { return threeLevelName(level, "notice"); }

} // namespace

std::string escapeGithubData(std::string_view text) {
  std::string escaped;
  for (char c : text) {
    switch (c) {
    case '%':
      escaped += "%25";
      break;
    case '\r':
      escaped += "%0D";
      break;
    case '\n':
      escaped += "%0A";
      break;
    default:
      escaped += c;
    }
  }
  return escaped;
}

std::string escapeGithubProperty(std::string_view text) {
  std::string escaped;
  for (char c : escapeGithubData(text)) {
    if (c == ':')
      escaped += "%3A";
    else if (c == ',')
      escaped += "%2C";
    else
      escaped += c;
  }
  return escaped;
}

void GithubAnnotations::handle(const Diagnostic& diagnostic, const SourceManager& sources) {
  const SourceFile& file = sources.file(diagnostic.file);
  const RangePositions at = positionsOf(file, diagnostic.range);
  std::string message = scrubSecrets(file, diagnostic.message);
  for (const DiagnosticNote& note : diagnostic.notes)
    message += "\nnote: " + scrubSecrets(file, note.message);
  out_ << "::" << command(diagnostic.level) << " file=" << escapeGithubProperty(file.name())
       << ",line=" << at.start.line << ",col=" << at.start.codePointColumn << ",endLine=" << at.end.line
       << ",endColumn=" << at.end.codePointColumn
       << ",title=" << escapeGithubProperty(diagnostic.code + " " + diagnostic.name)
       << "::" << escapeGithubData(message) << "\n";
}

void GithubAnnotations::inputFailed(std::string_view name, std::string_view message) {
  out_ << "::error file=" << escapeGithubProperty(name) << ",title=dlint::" << escapeGithubData(message) << "\n";
}

} // namespace dlint::output
