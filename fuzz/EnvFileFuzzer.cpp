// libFuzzer target for the .env pipeline: parse the bytes as a .env file, run every EV rule and
// the secret detectors over them, and render every diagnostic as text, so the .env grammar,
// the value decoder, the secret scanner and masking are fuzzed together. No path is given, so
// the rules that look at the file on disk (mode, git, .dockerignore) stay quiet.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>

#include "diagnostics/DiagnosticsEngine.h"
#include "diagnostics/TextDiagnosticPrinter.h"
#include "passes/env/EnvLinter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dlint;
  SourceManager sources;
  const FileID file = sources.addFile("fuzz.env", std::string(reinterpret_cast<const char*>(data), size));
  DiagnosticsEngine diagnostics(sources);
  std::ostringstream text;
  TextDiagnosticPrinter printer(text);
  diagnostics.addConsumer(printer);
  passes::lintEnvFile(sources, file, diagnostics, std::nullopt);
  diagnostics.finish();
  // Every secret range must lie inside the file: masking reads those bytes.
  for (SourceRange secret : sources.file(file).secrets())
    if (secret.begin > secret.end || secret.end > size)
      __builtin_trap();
  return 0;
}
