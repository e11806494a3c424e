#pragma once
// The command line, parsed into a plain struct. Nothing here touches files: Discovery and
// InputReader do that, Driver runs the pipeline.

#include "diagnostics/Color.h"
#include "diagnostics/Diagnostic.h"
#include "output/Format.h"

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace dlint::cli {

enum class DumpFormat : std::uint8_t { Buildkit, Json };

/// The exit codes, documented in --help and docs/cli.md.
enum ExitCode : int {
  ExitClean = 0,    ///< nothing at or above the --fail-on level
  ExitFindings = 1, ///< at least one finding at or above the --fail-on level
  ExitTrouble = 2,  ///< a usage error, or an input that could not be read or is not text
  ExitConfig = 3,   ///< a config file or DLINT_* variable is invalid (nothing is linted)
  ExitUnknownRule = 4, ///< `dlint explain` was asked about a code it does not know
};

inline constexpr std::uint64_t kDefaultMaxFileSize = 32ull * 1024 * 1024;
/// Source offsets are 32-bit, so no file may reach 4 GiB whatever the user asks for.
inline constexpr std::uint64_t kLargestMaxFileSize = 0xFFFFFFFFull;

/// The name `-` stands for standard input.
inline constexpr std::string_view kStdinPath = "-";

struct Options {
  std::vector<std::string> paths; ///< files, directories and `-`, as given
  std::string stdinFilename = "<stdin>";
  ColorMode color = ColorMode::Auto;
  std::optional<DumpFormat> dumpAst;
  std::optional<Level> failOn = Level::Warning; ///< nullopt: --fail-on=never
  bool failOnGiven = false; ///< --fail-on was on the command line (it then beats the config file)
  std::uint64_t maxFileSize = kDefaultMaxFileSize;
  bool showFiles = false; ///< list the inputs discovery finds instead of linting them
  bool showSecrets = false; ///< print secret values in full (masked by default)
  std::vector<std::string> select; ///< codes, prefixes, names or aliases to report; empty: all
  std::vector<std::string> ignore; ///< codes, prefixes, names or aliases never to report
  std::vector<std::string> enable; ///< opt-in rules to turn on (exact codes, names or aliases)
  std::optional<std::string> configPath; ///< --config FILE: this config file, no discovery
  bool noConfig = false;                 ///< --no-config: no config file at all
  /// --format/-o pairs in command-line order; empty: text on standard output (docs/cli.md).
  std::vector<output::OutputRequest> outputs;
  std::optional<std::string> reportPath; ///< --report FILE: the JSON report, beside the rest
  bool fix = false;             ///< --fix: apply safe fixes and write the files (docs/fixes.md)
  bool unsafeFixes = false;     ///< --unsafe-fixes: --fix and --diff apply unsafe fixes too
  bool diff = false;            ///< --diff: print what --fix would change; write nothing
  bool parseableFixits = false; ///< --parseable-fixits: clang's fix-it lines after each diagnostic
  /// `dlint secret validate`: every path is a .env file whatever its name, and no folder is walked.
  bool envFilesOnly = false;
};

/// Either options to run with, or the exit code to stop with at once (after --help,
/// --version or a usage error, whose text has already been written).
using ParsedCommandLine = std::variant<Options, int>;

/// Parses argv. Help and version go to `out`; usage errors to `err` as `dlint: error: ...`.
ParsedCommandLine parseCommandLine(int argc, const char* const* argv, std::ostream& out,
                                   std::ostream& err);

/// `10M`, `512K`, `1G`, `4096` (binary units; a trailing `B` or `iB` is allowed).
std::optional<std::uint64_t> parseSize(std::string_view text);
/// `32 MiB`, `512 KiB` when exact, else `N bytes`.
std::string formatSize(std::uint64_t bytes);

} // namespace dlint::cli
