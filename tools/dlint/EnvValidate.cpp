#include "tools/dlint/EnvValidate.h"

#include <variant>

#include "diagnostics/DiagnosticsEngine.h"
#include "diagnostics/TextDiagnosticPrinter.h"
#include "output/OutputSet.h"
#include "passes/env/EnvLinter.h"
#include "tools/dlint/InputReader.h"
#include "tools/dlint/Selection.h"

namespace dlint::cli {

int runEnvValidate(const std::vector<std::string>& envFiles, const Options& options, const OutputStreams& streams) {
  SourceManager sources;
  const Selection selection(options.select, options.ignore);
  DiagnosticsEngine engine(sources);
  engine.setFilter([&](const Diagnostic& d) { return selection.reports(d.code, d.name); });
  engine.setShowSecrets(options.showSecrets);
  // The same --format / -o / --report outputs as the main command, one report for all files.
  output::OutputSet outputs(options.outputs.empty()
                                ? std::vector<output::OutputRequest>{{output::Format::Text, std::nullopt}}
                                : options.outputs,
                            options.reportPath, streams.out, shouldUseColor(options.color, streams.outFd));
  outputs.attach(engine);

  bool trouble = false;
  for (const std::string& envFile : envFiles) {
    const bool isStdin = envFile == kStdinPath;
    const Input input{envFile, isStdin ? options.stdinFilename : envFile, isStdin, InputKind::EnvFile};
    ReadResult read = readInput(input, options.maxFileSize);
    if (const auto* error = std::get_if<ReadError>(&read)) {
      streams.out.flush();
      streams.err << "dlint: error: " << error->message << "\n";
      outputs.inputFailed(input.displayName, error->message);
      trouble = true;
      continue;
    }
    const FileID file = sources.addFile(input.displayName, std::move(std::get<std::string>(read)));
    const passes::EnvLintResult result =
        passes::lintEnvFile(sources, file, engine, isStdin ? std::nullopt : std::optional<std::string>(envFile));
    if (result.inputError) trouble = true;
    engine.flush();
  }
  engine.finish();
  streams.out.flush();
  for (const std::string& message : outputs.commit()) {
    streams.err << "dlint: error: " << message << "\n";
    trouble = true;
  }
  if (trouble) return ExitTrouble;
  if (options.failOn && engine.countAtLeast(*options.failOn) > 0) return ExitFindings;
  return ExitClean;
}

} // namespace dlint::cli
