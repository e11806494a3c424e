#include "output/Checkstyle.h"

#include "diagnostics/Redaction.h"
#include "output/Locations.h"
#include "output/RuleCatalog.h"

namespace dlint::output {

namespace {

std::string_view severity(Level level) { return threeLevelName(level, "info"); }

} // namespace

std::string escapeXml(std::string_view text) {
  std::string escaped;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (ch) {
    case '&':
      escaped += "&amp;";
      break;
    case '<':
      escaped += "&lt;";
      break;
    case '>':
      escaped += "&gt;";
      break;
    case '"':
      escaped += "&quot;";
      break;
    case '\'':
      escaped += "&apos;";
      break;
    case '\n':
      escaped += "&#10;"; // kept, not normalised to a space by the XML parser
      break;
    case '\r':
      escaped += "&#13;";
      break;
    case '\t':
      escaped += "&#9;";
      break;
    default:
      if (c < 0x20)
        escaped += "\xEF\xBF\xBD"; // XML 1.0 cannot hold other control characters at all
      else
        escaped += ch;
    }
  }
  return escaped;
}

Checkstyle::FileEntries& Checkstyle::fileNamed(std::string_view name) {
  if (files_.empty() || files_.back().name != name) {
    for (FileEntries& file : files_)
      if (file.name == name) return file;
    files_.push_back({std::string(name), {}});
  }
  return files_.back();
}

void Checkstyle::handle(const Diagnostic& diagnostic, const SourceManager& sources) {
  const SourceFile& file = sources.file(diagnostic.file);
  const RangePositions at = positionsOf(file, diagnostic.range);
  std::string message = scrubSecrets(file, diagnostic.message);
  for (const DiagnosticNote& note : diagnostic.notes)
    message += "\nnote: " + scrubSecrets(file, note.message);
  fileNamed(file.name())
      .entries.push_back({at.start.line, at.start.codePointColumn, std::string(severity(diagnostic.level)),
                          std::move(message), "dlint." + diagnostic.code});
}

void Checkstyle::inputFailed(std::string_view name, std::string_view message) {
  fileNamed(name).entries.push_back({0, 0, "error", std::string(message), "dlint.io"});
}

void Checkstyle::finish(const SourceManager& sources) {
  // Files without findings are listed too, so a consumer knows they were checked.
  for (FileID id = 0; id < sources.fileCount(); ++id)
    fileNamed(sources.file(id).name());
  out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  for (const FileEntries& file : files_) {
    out_ << "  <file name=\"" << escapeXml(file.name) << "\">\n";
    for (const Entry& entry : file.entries) {
      out_ << "    <error";
      if (entry.line != 0) out_ << " line=\"" << entry.line << "\" column=\"" << entry.column << "\"";
      out_ << " severity=\"" << entry.severity << "\" message=\"" << escapeXml(entry.message) << "\" source=\""
           << escapeXml(entry.source) << "\"/>\n";
    }
    out_ << "  </file>\n";
  }
  out_ << "</checkstyle>\n";
  files_.clear();
}

} // namespace dlint::output
