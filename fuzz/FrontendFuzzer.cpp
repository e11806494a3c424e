// libFuzzer target for the whole Dockerfile pipeline: parse the bytes, run every rule, print the
// AST in both dump formats, and render every diagnostic as text (plain and coloured), so
// byte-offset to line/column mapping, snippets and carets are fuzzed along with the parser.
//
// The dumpers run even when the parser flags the input as not text (NUL, invalid UTF-8): the
// CLI skips them then, but their contract (JSON replaces invalid UTF-8) must hold anyway.

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "ast/BuildkitDump.h"
#include "ast/JsonDump.h"
#include "diagnostics/DiagnosticsEngine.h"
#include "diagnostics/TextDiagnosticPrinter.h"
#include "frontend/Parser.h"
#include "passes/Linter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dlint;
  SourceManager sources;
  const FileID file = sources.addFile(
      "fuzz.Dockerfile", std::string(reinterpret_cast<const char*>(data), size));

  DiagnosticsEngine diagnostics(sources);
  std::ostringstream plain;
  std::ostringstream coloured;
  TextDiagnosticPrinter plainPrinter(plain);
  TextOptions colourOptions;
  colourOptions.color = true;
  colourOptions.tabStop = 4;
  TextDiagnosticPrinter colouredPrinter(coloured, colourOptions);
  diagnostics.addConsumer(plainPrinter);
  diagnostics.addConsumer(colouredPrinter);

  const frontend::ParseResult result = frontend::parseDockerfile(sources, file, diagnostics);
  // Every analysis and rule runs too: the shell model and the stage graph see whatever the
  // frontend recovered, however broken.
  passes::lintDockerfile(result.dockerfile, sources.file(file), diagnostics);
  diagnostics.finish();

  const std::string buildkit = ast::dumpBuildkit(result.dockerfile);
  const std::string json = ast::dumpJsonText(result.dockerfile, sources.file(file));
  // Every dump ends in a newline; checking it keeps the work observable.
  if (buildkit.empty() || buildkit.back() != '\n' || json.empty() || json.back() != '\n')
    __builtin_trap();
  return 0;
}
