#include "tools/dlint/EnvValidate.h"

#include <variant>

#include "diagnostics/DiagnosticsEngine.h"
#include "diagnostics/TextDiagnosticPrinter.h"
#include "passes/env/EnvLinter.h"
#include "tools/dlint/InputReader.h"
#include "tools/dlint/Selection.h"

namespace dlint::cli {

int runEnvValidate(const std::string& envFile, const Options& options, const OutputStreams& streams) {
  const bool isStdin = envFile == kStdinPath;
  const Input input{envFile, isStdin ? options.stdinFilename : envFile, isStdin, InputKind::EnvFile};
  ReadResult read = readInput(input, options.maxFileSize);
  if (const auto* error = std::get_if<ReadError>(&read)) {
    streams.err << "dlint: error: " << error->message << "\n";
    return ExitTrouble;
  }

  SourceManager sources;
  const Selection selection(options.select, options.ignore);
  DiagnosticsEngine engine(sources);
  engine.setFilter([&](const Diagnostic& d) { return selection.reports(d.code, d.name); });
  engine.setShowSecrets(options.showSecrets);
  TextDiagnosticPrinter printer(streams.out, TextOptions{shouldUseColor(options.color, streams.outFd)});
  engine.addConsumer(printer);

  const FileID file = sources.addFile(input.displayName, std::move(std::get<std::string>(read)));
  const passes::EnvLintResult result =
      passes::lintEnvFile(sources, file, engine, isStdin ? std::nullopt : std::optional<std::string>(envFile));
  engine.finish();
  streams.out.flush();
  if (result.inputError) return ExitTrouble;
  if (options.failOn && engine.countAtLeast(*options.failOn) > 0) return ExitFindings;
  return ExitClean;
}

} // namespace dlint::cli
