#include "frontend/Parser.h"

#include <fmt/format.h>

#include "diagnostics/Utf8.h"
#include "frontend/DockerfileParser.h"
#include "frontend/InstructionValidator.h"
#include "frontend/SyntaxReporter.h"

namespace dlint::frontend {

ParseResult parseDockerfile(const SourceManager& sources, FileID file, DiagnosticsEngine& diagnostics) {
  const SourceFile& source = sources.file(file);
  std::string_view text = source.text();
  SyntaxReporter reporter(diagnostics, file);
  ParseResult result;
  result.dockerfile.file = file;

  // A NUL byte means this is not a text file: parsing it would only produce noise.
  if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    auto at = static_cast<std::uint32_t>(nul);
    reporter.report(Syntax::DF100, {at, at + 1}, "file is not text: it contains a NUL byte");
    result.inputError = true;
    return result;
  }
  // Invalid UTF-8 is reported, but the rest of the file is still parsed, as BuildKit would.
  if (auto bad = utf8::findInvalid(text)) {
    auto at = static_cast<std::uint32_t>(*bad);
    reporter.report(Syntax::DF101, {at, at + 1},
                    fmt::format("invalid UTF-8: byte 0x{:02X} does not start a valid sequence",
                                static_cast<unsigned char>(text[*bad])));
    result.inputError = true;
  }

  DockerfileParser(text, reporter, result.dockerfile).run();
  validateInstructions(result.dockerfile, reporter);
  return result;
}

} // namespace dlint::frontend
