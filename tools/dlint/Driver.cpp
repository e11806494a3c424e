#include "tools/dlint/Driver.h"

#include "ast/BuildkitDump.h"
#include "ast/JsonDump.h"
#include "diagnostics/DiagnosticsEngine.h"
#include "diagnostics/Redaction.h"
#include "diagnostics/TextDiagnosticPrinter.h"
#include "frontend/Parser.h"
#include "passes/Linter.h"
#include "passes/env/EnvLinter.h"
#include "tools/dlint/Discovery.h"
#include "tools/dlint/FixMode.h"
#include "fix/AtomicWrite.h"
#include "fix/ParseableFixits.h"
#include "fix/UnifiedDiff.h"
#include "tools/dlint/FileSettings.h"
#include "tools/dlint/Selection.h"
#include "tools/dlint/InputReader.h"
#include "output/OutputSet.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
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

int exitCodeFor(bool inputTrouble, bool failing) {
  if (inputTrouble) return ExitTrouble;
  return failing ? ExitFindings : ExitClean;
}

/// The engine every run reports through: the current file's settings applied (per-rule
/// levels, --select/--ignore), each --format to its destination; with no --format,
/// clang-style text on `stream` (coloured when --color and the terminal say so).
struct Reporting {
  Reporting(const Options& options, SourceManager& sources, std::ostream& stream, int fd)
      : engine(sources),
        outputs(options.outputs.empty() ? std::vector<output::OutputRequest>{{output::Format::Text, std::nullopt}}
                                        : options.outputs,
                options.reportPath, stream, shouldUseColor(options.color, fd)) {
    engine.setAdjuster([this](Diagnostic& d) { return current == nullptr || current->adjust(d); });
    engine.setFilter([this](const Diagnostic& d) { return current == nullptr || current->selection.reports(d.code, d.name); });
    engine.setShowSecrets(options.showSecrets);
    outputs.attach(engine);
  }
  Reporting(const Reporting&) = delete;
  Reporting& operator=(const Reporting&) = delete;

  /// The settings of the file being linted.
  const FileSettings* current = nullptr;
  DiagnosticsEngine engine;
  output::OutputSet outputs;
};

/// Counts the findings one file adds at or above its fail-on level.
class FailTracker {
public:
  explicit FailTracker(const DiagnosticsEngine& engine) : engine_(engine) {}
  void startFile(const FileSettings& settings) {
    failOn_ = settings.failOn;
    before_ = failOn_ ? engine_.countAtLeast(*failOn_) : 0;
  }
  void endFile() {
    if (failOn_ && engine_.countAtLeast(*failOn_) > before_) failing_ = true;
  }
  bool failing() const { return failing_; }

private:
  const DiagnosticsEngine& engine_;
  config::FailOn failOn_;
  std::size_t before_ = 0;
  bool failing_ = false;
};

/// --dump-ast: exactly one input, the dump on `out`, diagnostics on `err`.
int runDump(const Options& options, SettingsResolver& resolver, const OutputStreams& streams) {
  const std::string& path = options.paths.front();
  const bool isStdin = path == kStdinPath;
  const Input input{path, isStdin ? options.stdinFilename : path, isStdin};
  const FileSettings* settings = resolver.forInput(input, streams.err);
  if (settings == nullptr) return ExitConfig;
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
  reporting.current = settings;
  DiagnosticsEngine& engine = reporting.engine;
  FailTracker tracker(engine);
  tracker.startFile(*settings);

  frontend::ParseResult result = frontend::parseDockerfile(sources, file, engine);
  tracker.endFile();
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
  return exitCodeFor(result.inputError, tracker.failing());
}

/// One Dockerfile or .env file through --fix or --diff.
struct FixedFile {
  std::string text;              ///< the fixed text
  std::size_t fixedFindings = 0; ///< 0 when nothing changed
  bool kept = false;             ///< written to disk (or bound for stdout): lint `text` now
  bool trouble = false;          ///< the file could not be written
};

FixedFile fixOneFile(const Options& options, const FileSettings& settings, const Input& input,
                     const std::string& original, const OutputStreams& streams) {
  fix::FixLoopResult result =
      fixText(options, settings, input.displayName, original, input.kind == InputKind::EnvFile);
  if (result.discardedSyntaxRound)
    printWarning(streams.err, "'" + input.displayName +
                                  "': a round of fixes would have added a syntax error, so it was not applied "
                                  "(a bug in a rule; please report it)");
  if (result.hitRoundLimit)
    printWarning(streams.err, "'" + input.displayName + "': fixes still apply after " +
                                  std::to_string(fix::kMaxFixRounds) +
                                  " rounds; stopped there (a bug in a rule; please report it)");
  FixedFile fixed;
  if (result.text == original) {
    fixed.text = original;
    return fixed;
  }
  fixed.fixedFindings = result.fixesApplied;
  fixed.text = std::move(result.text);
  if (options.diff) {
    std::string diff = fix::unifiedDiff(input.displayName, original, fixed.text);
    // Secrets are never echoed: a diff shows the file's lines, so mask them there too.
    for (const std::string& secret : result.secrets)
      for (std::size_t at = diff.find(secret); at != std::string::npos; at = diff.find(secret, at + 1))
        diff.replace(at, secret.size(), maskSecret(secret));
    streams.out << diff;
    return fixed;
  }
  if (input.isStdin) {
    fixed.kept = true;
    return fixed;
  }
  if (auto error = fix::writeFileAtomically(input.path, original, fixed.text)) {
    streams.out.flush();
    printError(streams.err, *error);
    fixed.fixedFindings = 0;
    fixed.trouble = true;
    return fixed;
  }
  fixed.kept = true;
  return fixed;
}

/// `dlint secret validate`: each path as a .env file, whatever its name; no folder is walked
/// (reading one fails as for any file).
Discovery namedEnvFiles(const Options& options) {
  Discovery out;
  for (const std::string& path : options.paths) {
    const bool isStdin = path == kStdinPath;
    out.inputs.push_back(Input{path, isStdin ? options.stdinFilename : path, isStdin, InputKind::EnvFile});
  }
  return out;
}

/// An `-o` or `--report` file that is one of the inputs (as `gcc -o x.c x.c` would be): the run
/// would replace a Dockerfile with its own report, so it is a usage error before anything runs.
std::optional<std::string> outputOverwritingInput(const Options& options, const Discovery& discovery) {
  std::vector<std::pair<std::string, std::string>> files; // option as written, path
  for (const output::OutputRequest& request : options.outputs)
    if (request.path) files.emplace_back("-o " + *request.path, *request.path);
  if (options.reportPath) files.emplace_back("--report " + *options.reportPath, *options.reportPath);
  for (const auto& [option, path] : files) {
    struct stat target {};
    if (::stat(path.c_str(), &target) != 0 || !S_ISREG(target.st_mode)) continue;
    for (const Input& input : discovery.inputs) {
      struct stat in {};
      if (!input.isStdin && ::stat(input.path.c_str(), &in) == 0 && in.st_dev == target.st_dev &&
          in.st_ino == target.st_ino)
        return "'" + option + "' names the input '" + input.displayName +
               "', which the report would replace; write it to another file";
    }
  }
  return std::nullopt;
}

/// Normal mode: every input in turn, diagnostics on `out`, one summary at the end.
int runLint(const Options& options, SettingsResolver& resolver, const OutputStreams& streams) {
  Discovery discovery =
      options.envFilesOnly ? namedEnvFiles(options) : discoverInputs(options.paths, options.stdinFilename);
  bool inputTrouble = !discovery.errors.empty();
  for (const DiscoveryError& error : discovery.errors)
    printError(streams.err, error.message);
  for (const std::string& message : discovery.warnings)
    printWarning(streams.err, message);

  if (std::optional<std::string> clash = outputOverwritingInput(options, discovery)) {
    printError(streams.err, *clash);
    return ExitTrouble;
  }

  if (options.showFiles) {
    for (const Input& input : discovery.inputs)
      streams.out << input.displayName << "\n";
    streams.out.flush();
    return inputTrouble ? ExitTrouble : ExitClean;
  }

  // Every input's configuration is read before anything is linted: a broken config file
  // stops the run (exit 3) instead of linting some files with it and some without.
  std::vector<const FileSettings*> settingsOf;
  for (const Input& input : discovery.inputs)
    settingsOf.push_back(resolver.forInput(input, streams.err));
  if (resolver.failed()) return ExitConfig;

  // --fix on standard input prints the fixed text on stdout, so diagnostics move to stderr.
  const bool fixedTextOnStdout =
      options.fix && !options.diff &&
      std::any_of(discovery.inputs.begin(), discovery.inputs.end(), [](const Input& in) { return in.isStdin; });
  std::ostream& reportStream = fixedTextOnStdout ? streams.err : streams.out;
  SourceManager sources;
  Reporting reporting(options, sources, reportStream, fixedTextOnStdout ? streams.errFd : streams.outFd);
  DiagnosticsEngine& engine = reporting.engine;
  FailTracker tracker(engine);
  // Machine-readable reports list unreadable folders with the unreadable files (SARIF
  // notifications, the JSON report's files).
  for (const DiscoveryError& error : discovery.errors)
    reporting.outputs.inputFailed(error.path, error.message);
  fix::ParseableFixitPrinter fixitPrinter(reportStream);
  if (options.parseableFixits) engine.addConsumer(fixitPrinter);
  const bool fixing = options.fix || options.diff;
  FixTotals fixTotals;
  bool anyDiff = false;

  for (std::size_t index = 0; index < discovery.inputs.size(); ++index) {
    const Input& input = discovery.inputs[index];
    const FileSettings& settings = *settingsOf[index];
    reporting.current = &settings;
    ReadResult read = readInput(input, options.maxFileSize);
    if (const auto* error = std::get_if<ReadError>(&read)) {
      // Keep stdout and stderr in order for a reader watching both on one terminal.
      streams.out.flush();
      printError(streams.err, error->message);
      reporting.outputs.inputFailed(input.displayName, error->message);
      inputTrouble = true;
      continue;
    }
    std::string text = std::move(std::get<std::string>(read));
    std::optional<std::string> fixedForStdout;
    if (fixing) {
      FixedFile fixed = fixOneFile(options, settings, input, text, streams);
      if (fixed.trouble) inputTrouble = true;
      if (fixed.fixedFindings != 0) {
        fixTotals.findings += fixed.fixedFindings;
        ++fixTotals.files;
      }
      if (options.diff) {
        anyDiff = anyDiff || fixed.fixedFindings != 0;
        continue; // --diff prints the diff only, as ruff does
      }
      if (input.isStdin) fixedForStdout = fixed.text;
      if (fixed.kept) text = std::move(fixed.text); // lint what is now on disk
    }
    const FileID file = sources.addFile(input.displayName, std::move(text));
    tracker.startFile(settings);
    if (input.kind == InputKind::EnvFile) {
      const std::optional<std::string> diskPath =
          input.isStdin ? std::nullopt : std::optional<std::string>(input.path);
      if (passes::lintEnvFile(sources, file, engine, diskPath).inputError) inputTrouble = true;
      tracker.endFile();
      engine.flush();
      continue;
    }
    frontend::ParseResult parsed = frontend::parseDockerfile(sources, file, engine);
    if (parsed.inputError) inputTrouble = true;
    // Rules run on whatever parsed, syntax errors or not: recovery is the point.
    passes::lintDockerfile(parsed.dockerfile, sources.file(file), engine, settings.selection.ruleFilter(),
                           settings.ruleOptions);
    tracker.endFile();
    engine.flush(); // print each file's diagnostics as soon as it is done
    if (fixedForStdout) streams.out << *fixedForStdout;
  }
  engine.finish();
  streams.out.flush();
  for (const std::string& message : reporting.outputs.commit()) {
    printError(streams.err, message);
    inputTrouble = true;
  }
  if (fixing) streams.err << fixSummary(fixTotals, options.diff) << "\n";
  if (options.diff) return inputTrouble ? ExitTrouble : anyDiff ? ExitFindings : ExitClean;
  return exitCodeFor(inputTrouble, tracker.failing());
}

} // namespace

int runDriver(const Options& commandLine, const OutputStreams& streams) {
  auto environment = config::readEnvironment([](const char* name) { return std::getenv(name); });
  if (const std::string* error = std::get_if<std::string>(&environment)) {
    printError(streams.err, *error);
    return ExitConfig;
  }
  Options options = commandLine;
  applyEnvironmentFormat(options, std::get<config::EnvironmentSettings>(environment));
  SettingsResolver resolver(options, std::move(std::get<config::EnvironmentSettings>(environment)));
  return options.dumpAst ? runDump(options, resolver, streams) : runLint(options, resolver, streams);
}

} // namespace dlint::cli
