#include "fix/ParseableFixits.h"

#include "diagnostics/Redaction.h"

namespace dlint::fix {

std::string escapeLikeClang(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
    case '\\':
      out += "\\\\";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\n':
      out += "\\n";
      break;
    case '"':
      out += "\\\"";
      break;
    default: {
      const auto byte = static_cast<unsigned char>(c);
      if (byte >= 0x20 && byte <= 0x7e) {
        out += c;
      } else {
        out += '\\';
        out += static_cast<char>('0' + ((byte >> 6) & 7));
        out += static_cast<char>('0' + ((byte >> 3) & 7));
        out += static_cast<char>('0' + (byte & 7));
      }
    }
    }
  }
  return out;
}

std::string parseableFixit(const SourceFile& file, const FixItEdit& edit) {
  const LineColumn begin = file.locate(edit.range.begin);
  const LineColumn end = file.locate(edit.range.end);
  return "fix-it:\"" + escapeLikeClang(file.name()) + "\":{" + std::to_string(begin.line) + ":" +
         std::to_string(begin.byteColumn) + "-" + std::to_string(end.line) + ":" + std::to_string(end.byteColumn) +
         "}:\"" + escapeLikeClang(scrubSecrets(file, edit.replacement)) + "\"";
}

void ParseableFixitPrinter::handle(const Diagnostic& diagnostic, const SourceManager& sources) {
  if (diagnostic.fixes.empty() || diagnostic.file >= sources.fileCount()) return;
  const SourceFile& file = sources.file(diagnostic.file);
  for (const FixItEdit& edit : diagnostic.fixes.front().edits)
    out_ << parseableFixit(file, edit) << '\n';
}

} // namespace dlint::fix
