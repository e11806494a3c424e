// GCC 12 at -O2 reports a null dereference inside libstdc++ as inlined into CLI11's
// detail::split(), a false positive; only this file includes CLI11, so it is silenced here.
#pragma GCC diagnostic ignored "-Wnull-dereference"

// Command-line parsing with CLI11. We use CLI11 rather than a hand-written loop because it is
// well kept, header-only (one Debian package, nothing to build), and gives consistent
// `--opt=value` / `--opt value` handling, `--` and generated help for free. Values that need
// a friendly message (levels, colours, sizes) are taken as strings and checked here, so every
// usage error reads `dlint: error: ...` and exits with 2.

#include "tools/dlint/Options.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <charconv>
#include <ostream>

namespace dlint::cli {
namespace {

constexpr std::string_view kUsage = "usage: dlint [OPTIONS] PATH...";

constexpr std::string_view kFooter =
    R"(PATH may be a file, a directory or '-' (standard input). Directories are searched
recursively for Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile and Containerfile.*
(.git, node_modules and other VCS and vendor folders are skipped; symlinked folders are not
entered). With no PATH, dlint prints this usage and exits with 2: it never scans the current
folder unasked.

Exit codes:
  0  no finding at or above the --fail-on level
  1  at least one finding at or above the --fail-on level
  2  usage error, or an input that could not be read or is not text (wins over 1);
     the other files are still linted
  3  a config file (.dlint.yaml, .hadolint.yaml) or a DLINT_* variable is invalid;
     nothing is linted
  4  'dlint explain' does not know the code
With --fix the codes count the findings left after fixing (a file that could not be
written is 2). With --diff: 1 when there is a diff, else 0.

Text diagnostics go to standard output; with --dump-ast the dump goes to standard output
and diagnostics to standard error. '-o FILE' applies to the --format just before it (before
any --format: to text); at most one format may go to standard output:
  dlint --format sarif -o dlint.sarif --format text .
NO_COLOR in the environment turns colour off under --color=auto.

Configuration (docs/configuration.md): the nearest .dlint.yaml (or .dlint.yml) in the
linted file's folder or a parent, up to the repository root; with none, a .hadolint.yaml.
DLINT_SELECT, DLINT_IGNORE, DLINT_ENABLE, DLINT_FAIL_ON, DLINT_FORMAT, DLINT_CONFIG and
DLINT_NO_CONFIG are read too. Precedence: environment < config file < command line (lists
add up, single values: the later wins).

Subcommands (each has its own --help):
  dlint rules                 list every code dlint can report
  dlint explain CODE          print a rule's documentation (code, name or alias)
  dlint secret generate       print strong random secrets (getrandom, no modulo bias)
  dlint secret create-file    store a secret as DIR/NAME.txt (mode 0600) for compose
  dlint secret validate       lint .env files (any name) for secrets and weak values)";

std::string lowerFirst(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

void usageError(std::ostream& err, std::string_view message) {
  err << "dlint: error: " << message << "\n" << kUsage << "\nrun 'dlint --help' for more\n";
}

/// --fail-on's value; false when it is not one. `never` leaves `threshold` empty.
bool parseFailOn(std::string_view text, std::optional<Level>& threshold) {
  if (text == "never") {
    threshold.reset();
    return true;
  }
  auto level = parseLevel(text);
  // Notes explain other diagnostics; they are never findings of their own.
  if (!level || *level == Level::Note) return false;
  threshold = *level;
  return true;
}

/// Pairs each -o with the --format given just before it, in command-line order (an -o before
/// any --format is for text). At most one format may go to standard output, and no file twice.
bool pairOutputs(CLI::App& app, const CLI::Option* formatOption, const std::vector<std::string>& formats,
                 const CLI::Option* outputOption, const std::vector<std::string>& outputPaths,
                 std::vector<output::OutputRequest>& requests, std::ostream& err) {
  std::size_t nextFormat = 0;
  std::size_t nextPath = 0;
  for (const CLI::Option* option : app.parse_order()) {
    if (option == formatOption && nextFormat < formats.size()) {
      const std::string& name = formats[nextFormat++];
      std::optional<output::Format> format = output::parseFormat(name);
      if (!format) {
        usageError(err, "invalid value '" + name + "' for '--format' (expected " +
                            std::string(output::formatNames()) + ")");
        return false;
      }
      requests.push_back({*format, std::nullopt});
    } else if (option == outputOption && nextPath < outputPaths.size()) {
      const std::string& path = outputPaths[nextPath++];
      if (requests.empty()) requests.push_back({output::Format::Text, std::nullopt});
      if (requests.back().path) {
        usageError(err, "'-o " + path + "' follows '--format " +
                            std::string(output::formatName(requests.back().format)) +
                            "', which already writes to '" + *requests.back().path +
                            "' (give '--format' before each '-o')");
        return false;
      }
      for (const output::OutputRequest& earlier : requests)
        if (earlier.path == path) {
          usageError(err, "'-o " + path + "' is given twice");
          return false;
        }
      requests.back().path = path;
    }
  }
  std::vector<std::string_view> onStdout;
  for (const output::OutputRequest& request : requests)
    if (!request.path) onStdout.push_back(output::formatName(request.format));
  if (onStdout.size() > 1) {
    usageError(err, "formats '" + std::string(onStdout[0]) + "' and '" + std::string(onStdout[1]) +
                        "' would both go to standard output: give all but one of them '-o FILE'");
    return false;
  }
  return true;
}

} // namespace

std::optional<std::uint64_t> parseSize(std::string_view text) {
  std::uint64_t value = 0;
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  auto [next, error] = std::from_chars(begin, end, value);
  if (error != std::errc() || next == begin) return std::nullopt;
  std::string unit(next, end);
  for (char& c : unit)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  unsigned shift = 0;
  if (unit.empty() || unit == "B")
    shift = 0;
  else if (unit == "K" || unit == "KB" || unit == "KIB")
    shift = 10;
  else if (unit == "M" || unit == "MB" || unit == "MIB")
    shift = 20;
  else if (unit == "G" || unit == "GB" || unit == "GIB")
    shift = 30;
  else
    return std::nullopt;
  if (shift != 0 && value > (UINT64_MAX >> shift)) return std::nullopt;
  return value << shift;
}

std::string formatSize(std::uint64_t bytes) {
  if (bytes != 0 && bytes % (1ull << 30) == 0) return std::to_string(bytes >> 30) + " GiB";
  if (bytes != 0 && bytes % (1ull << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes != 0 && bytes % (1ull << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

ParsedCommandLine parseCommandLine(int argc, const char* const* argv, std::ostream& out,
                                   std::ostream& err) {
  Options options;
  std::string color = "auto";
  std::string dumpAst;
  std::string failOn = "warning";
  std::string maxFileSize = "32M";

  CLI::App app{"dlint: an exact, tolerant and fast Dockerfile linter", "dlint"};
  app.set_version_flag("--version", std::string("dlint ") + DLINT_VERSION,
                       "Print the version and exit");
  app.set_help_flag("-h,--help", "Print this help and exit");
  app.add_option("PATH", options.paths, "Files, directories, or '-' for standard input")
      ->type_name("");
  app.add_option("--stdin-filename", options.stdinFilename,
                 "Name standard input in diagnostics (default: <stdin>)")
      ->type_name("NAME");
  app.add_option("--color", color, "Colour output: auto, always or never (default: auto)")
      ->type_name("WHEN");
  app.add_option("--dump-ast", dumpAst,
                 "Print one file's syntax tree as buildkit or json instead of linting")
      ->type_name("FORMAT");
  app.add_option("--fail-on", failOn,
                 "Exit 1 on findings from LEVEL up: error, warning, info, style or never "
                 "(default: warning)")
      ->type_name("LEVEL");
  app.add_option("--max-file-size", maxFileSize,
                 "Refuse inputs larger than SIZE: 10M, 512K or bytes (default: 32M)")
      ->type_name("SIZE");
  app.add_option("--select", options.select,
                 "Report only these codes, code prefixes (DF1), rule names or other tools' IDs (DL3008)")
      ->type_name("LIST")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--ignore", options.ignore, "Never report these codes, prefixes, names or IDs")
      ->type_name("LIST")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--enable", options.enable,
                 "Turn on these opt-in rules (exact codes, names or other tools' IDs)")
      ->type_name("LIST")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  std::string configPath;
  app.add_option("--config", configPath, "Read this config file (.dlint.yaml or .hadolint.yaml) instead of "
                                         "looking for one")
      ->type_name("FILE");
  app.add_flag("--no-config", options.noConfig, "Read no config file");
  app.add_flag("--show-secrets", options.showSecrets,
               "Show detected secret values in full instead of masking them (ab******)");
  app.add_flag("--show-files", options.showFiles,
               "Print the files dlint would lint, one a line, and exit");
  std::vector<std::string> formats;
  std::vector<std::string> outputPaths;
  std::string reportPath;
  CLI::Option* formatOption =
      app.add_option("--format", formats,
                     "Output format: text, json, sarif, github, gnu or checkstyle (default: text); repeatable")
          ->type_name("FORMAT")
          ->expected(1)
          ->allow_extra_args(false)
          ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  CLI::Option* outputOption =
      app.add_option("-o,--output", outputPaths,
                     "Write the --format given just before (else text) to FILE instead of standard output")
          ->type_name("FILE")
          ->expected(1)
          ->allow_extra_args(false)
          ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--report", reportPath, "Also write the JSON report (docs/json-report.md) to FILE")
      ->type_name("FILE");
  app.add_flag("--fix", options.fix,
               "Apply safe fixes, re-linting until nothing changes, and write the files (stdin: the fixed "
               "text goes to stdout, diagnostics to stderr)");
  app.add_flag("--unsafe-fixes", options.unsafeFixes,
               "With --fix or --diff, apply unsafe fixes too (on its own it changes nothing)");
  app.add_flag("--diff", options.diff,
               "Print a unified diff of what --fix would change and write nothing (exit 1 if any)");
  app.add_flag("--parseable-fixits", options.parseableFixits,
               "After each diagnostic, print its fix as clang's fix-it:\"FILE\":{L:C-L:C}:\"TEXT\" lines");
  app.footer(std::string(kFooter));
  app.get_formatter()->column_width(26);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return ExitClean;
  } catch (const CLI::CallForVersion& e) {
    out << e.what() << "\n";
    return ExitClean;
  } catch (const CLI::ParseError& e) {
    usageError(err, lowerFirst(e.what()));
    return ExitTrouble;
  }

  if (auto mode = parseColorMode(color)) {
    options.color = *mode;
  } else {
    usageError(err, "invalid value '" + color + "' for '--color' (expected auto, always or never)");
    return ExitTrouble;
  }

  if (!parseFailOn(failOn, options.failOn)) {
    usageError(err, "invalid value '" + failOn +
                        "' for '--fail-on' (expected error, warning, info, style or never)");
    return ExitTrouble;
  }

  options.failOnGiven = app.count("--fail-on") != 0;
  if (app.count("--config") != 0) {
    if (options.noConfig) {
      usageError(err, "'--config' and '--no-config' cannot be used together");
      return ExitTrouble;
    }
    options.configPath = configPath;
  }

  auto size = parseSize(maxFileSize);
  if (!size) {
    usageError(err, "invalid value '" + maxFileSize +
                        "' for '--max-file-size' (expected a size such as 10M, 512K or 4096)");
    return ExitTrouble;
  }
  if (*size > kLargestMaxFileSize) {
    usageError(err, "'--max-file-size' can be at most 4 GiB - 1 byte (" +
                        std::to_string(kLargestMaxFileSize) + " bytes)");
    return ExitTrouble;
  }
  options.maxFileSize = *size;

  if (app.count("--dump-ast") != 0) {
    if (dumpAst == "buildkit") {
      options.dumpAst = DumpFormat::Buildkit;
    } else if (dumpAst == "json") {
      options.dumpAst = DumpFormat::Json;
    } else {
      usageError(err,
                 "invalid value '" + dumpAst + "' for '--dump-ast' (expected buildkit or json)");
      return ExitTrouble;
    }
  }

  if (!pairOutputs(app, formatOption, formats, outputOption, outputPaths, options.outputs, err))
    return ExitTrouble;
  if (app.count("--report") != 0) {
    for (const output::OutputRequest& request : options.outputs)
      if (request.path == reportPath) {
        usageError(err, "'--report " + reportPath + "' names the same file as '-o'");
        return ExitTrouble;
      }
    options.reportPath = reportPath;
  }
  if ((options.dumpAst || options.showFiles) && (!options.outputs.empty() || options.reportPath)) {
    usageError(err, "'--format', '-o' and '--report' cannot be used with '--dump-ast' or '--show-files'");
    return ExitTrouble;
  }

  if (options.paths.empty()) {
    usageError(err, "no input: give a file, a directory or '-' for standard input");
    return ExitTrouble;
  }
  if (options.dumpAst && (options.fix || options.diff)) {
    usageError(err, "'--dump-ast' cannot be used with '--fix' or '--diff'");
    return ExitTrouble;
  }
  if (options.dumpAst && options.showFiles) {
    usageError(err, "'--dump-ast' and '--show-files' cannot be used together");
    return ExitTrouble;
  }
  if (options.dumpAst && options.paths.size() != 1) {
    usageError(err, "'--dump-ast' takes exactly one file, but " +
                        std::to_string(options.paths.size()) + " paths were given");
    return ExitTrouble;
  }
  const bool readsStdin =
      std::find(options.paths.begin(), options.paths.end(), kStdinPath) != options.paths.end();
  if (app.count("--stdin-filename") != 0 && !readsStdin) {
    usageError(err, "'--stdin-filename' names standard input, but '-' is not among the paths");
    return ExitTrouble;
  }
  return options;
}

} // namespace dlint::cli
