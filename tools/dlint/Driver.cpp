#include "tools/dlint/Driver.h"

#include "ast/BuildkitDump.h"
#include "ast/JsonDump.h"
#include "diagnostics/DiagnosticsEngine.h"
#include "diagnostics/TextDiagnosticPrinter.h"
#include "frontend/Parser.h"
#include "passes/Linter.h"
#include "passes/env/EnvLinter.h"
#include "tools/dlint/Discovery.h"
#include "tools/dlint/Selection.h"
#include "tools/dlint/InputReader.h"

#include <sys/stat.h>
#include <variant>

namespace dlint::cli {
namespace {

void printError(std::ostream& err, const std::string& message) {
  err << "dlint: error: " << message << "\n";
}

void printWarning(std::ostream& err, const std::string& message) {
  err << "dlint: warning: " << message << "\n";
}

int exitCodeFor(bool inputTrouble, const DiagnosticsEngine& engine, std::optional<Level> failOn) {
  if (inputTrouble) return ExitTrouble;
  if (failOn && engine.countAtLeast(*failOn) > 0) return ExitFindings;
  return ExitClean;
}

/// The engine every run reports through: --select/--ignore applied, clang-style text on
/// `stream` (coloured when --color and the terminal say so).
struct Reporting {
  Reporting(const Options& options, SourceManager& sources, std::ostream& stream, int fd)
      : selection(options.select, options.ignore), engine(sources),
        printer(stream, TextOptions{shouldUseColor(options.color, fd)}) {
    engine.setFilter([this](const Diagnostic& d) { return selection.reports(d.code, d.name); });
    engine.setShowSecrets(options.showSecrets);
    engine.addConsumer(printer);
  }
  Reporting(const Reporting&) = delete;
  Reporting& operator=(const Reporting&) = delete;

  const Selection selection;
  DiagnosticsEngine engine;
  TextDiagnosticPrinter printer;
};

/// --dump-ast: exactly one input, the dump on `out`, diagnostics on `err`.
int runDump(const Options& options, const OutputStreams& streams) {
  const std::string& path = options.paths.front();
  const bool isStdin = path == kStdinPath;
  const Input input{path, isStdin ? options.stdinFilename : path, isStdin};
  if (!isStdin) {
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
      printError(streams.err, "'--dump-ast' needs a file, but '" + path + "' is a directory");
      return ExitTrouble;
    }
  }
  ReadResult read = readInput(input, options.maxFileSize);
  if (const auto* error = std::get_if<ReadError>(&read)) {
    printError(streams.err, error->message);
    return ExitTrouble;
  }

  SourceManager sources;
  const FileID file = sources.addFile(input.displayName, std::move(std::get<std::string>(read)));
  Reporting reporting(options, sources, streams.err, streams.errFd);
  DiagnosticsEngine& engine = reporting.engine;

  frontend::ParseResult result = frontend::parseDockerfile(sources, file, engine);
  engine.finish();
  // Bytes that are not text have no tree worth printing; the diagnostics say why.
  if (!result.inputError) {
    switch (*options.dumpAst) {
    case DumpFormat::Buildkit:
      streams.out << ast::dumpBuildkit(result.dockerfile);
      break;
    case DumpFormat::Json:
      streams.out << ast::dumpJsonText(result.dockerfile, sources.file(file));
      break;
    }
  }
  streams.out.flush();
  return exitCodeFor(result.inputError, engine, options.failOn);
}

/// Normal mode: every input in turn, diagnostics on `out`, one summary at the end.
int runLint(const Options& options, const OutputStreams& streams) {
  Discovery discovery = discoverInputs(options.paths, options.stdinFilename);
  bool inputTrouble = !discovery.errors.empty();
  for (const std::string& message : discovery.errors)
    printError(streams.err, message);
  for (const std::string& message : discovery.warnings)
    printWarning(streams.err, message);

  if (options.showFiles) {
    for (const Input& input : discovery.inputs)
      streams.out << input.displayName << "\n";
    streams.out.flush();
    return inputTrouble ? ExitTrouble : ExitClean;
  }

  SourceManager sources;
  Reporting reporting(options, sources, streams.out, streams.outFd);
  DiagnosticsEngine& engine = reporting.engine;

  for (const Input& input : discovery.inputs) {
    ReadResult read = readInput(input, options.maxFileSize);
    if (const auto* error = std::get_if<ReadError>(&read)) {
      // Keep stdout and stderr in order for a reader watching both on one terminal.
      streams.out.flush();
      printError(streams.err, error->message);
      inputTrouble = true;
      continue;
    }
    const FileID file = sources.addFile(input.displayName, std::move(std::get<std::string>(read)));
    if (input.kind == InputKind::EnvFile) {
      const std::optional<std::string> diskPath =
          input.isStdin ? std::nullopt : std::optional<std::string>(input.path);
      if (passes::lintEnvFile(sources, file, engine, diskPath).inputError) inputTrouble = true;
      engine.flush();
      continue;
    }
    frontend::ParseResult parsed = frontend::parseDockerfile(sources, file, engine);
    if (parsed.inputError) inputTrouble = true;
    // Rules run on whatever parsed, syntax errors or not: recovery is the point.
    passes::lintDockerfile(parsed.dockerfile, sources.file(file), engine);
    engine.flush(); // print each file's diagnostics as soon as it is done
  }
  engine.finish();
  streams.out.flush();
  return exitCodeFor(inputTrouble, engine, options.failOn);
}

} // namespace

int runDriver(const Options& options, const OutputStreams& streams) {
  return options.dumpAst ? runDump(options, streams) : runLint(options, streams);
}

} // namespace dlint::cli
