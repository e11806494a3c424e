// GCC 12 at -O2 reports a null dereference inside libstdc++ as inlined into CLI11's
// detail::split(), a false positive (see Options.cpp); silenced here for the same reason.
#pragma GCC diagnostic ignored "-Wnull-dereference"

// `dlint secret ...`: parsing with CLI11 (as Options.cpp does), checking values ourselves so
// every usage error reads `dlint: error: ...` and exits with 2, and the output. The secret
// itself is only ever written to standard output (generate) or to the file (create-file):
// no message, warning or error contains it, and buffers that held it are wiped.

#include "tools/dlint/SecretCommand.h"

#include "secrets/generate/Charsets.h"
#include "secrets/generate/Csprng.h"
#include "secrets/generate/SecretFileWriter.h"
#include "tools/dlint/EnvValidate.h"
#include "tools/dlint/GitIgnoreCheck.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstring>
#include <fmt/format.h>
#include <optional>
#include <termios.h>
#include <unistd.h>
#include <variant>

namespace dlint::cli {
namespace {

namespace gen = dlint::secrets::generate;

constexpr std::size_t kMinLength = 1;
constexpr std::size_t kMaxLength = 4096;
constexpr std::size_t kMinCount = 1;
constexpr std::size_t kMaxCount = 10000;
/// Below this a secret can be brute-forced offline by a well-funded attacker; we warn.
constexpr double kWeakBits = 64.0;
/// --from-stdin reads at most this much; a bigger "secret" is almost surely the wrong input.
constexpr std::size_t kMaxStdinValue = std::size_t{1} << 20;

constexpr std::string_view kSecretUsage =
    "usage: dlint secret generate|create-file|validate [OPTIONS]";
constexpr std::string_view kGenerateUsage =
    "usage: dlint secret generate [--length N] [--charset NAME] [--count N]";
constexpr std::string_view kCreateUsage =
    "usage: dlint secret create-file --name NAME (--from-stdin | --generate | --value V) [--dir "
    "DIR] [--force]";
constexpr std::string_view kValidateUsage =
    "usage: dlint secret validate --env-file FILE... [--select LIST] [--ignore LIST] [--fail-on LEVEL] [--color WHEN] [--show-secrets]";

constexpr int kExitOk = 0;
constexpr int kExitRefused = 1; ///< create-file: the file exists and --force was not given
constexpr int kExitTrouble = 2;

std::string lowerFirst(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

int usageError(std::ostream& err, std::string_view message, std::string_view usage,
               std::string_view command) {
  err << "dlint: error: " << message << "\n"
      << usage << "\nrun '" << command << " --help' for more\n";
  return kExitTrouble;
}

std::optional<std::size_t> parseBounded(std::string_view text, std::size_t low, std::size_t high) {
  std::size_t value = 0;
  auto [next, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || next != text.data() + text.size() || text.empty())
    return std::nullopt;
  if (value < low || value > high) return std::nullopt;
  return value;
}

std::string charsetNames() {
  std::string names;
  for (const gen::CharsetInfo& info : gen::allCharsets())
    names += (names.empty()                             ? ""
              : info.id == gen::allCharsets().back().id ? " or "
                                                        : ", ") +
             std::string(info.name);
  return names;
}

std::string charsetHelp() {
  std::string text = "Charsets:\n";
  for (const gen::CharsetInfo& info : gen::allCharsets())
    text += fmt::format("  {:<9}{}\n", info.name, info.summary);
  return text;
}

/// What one secret looks like, checked.
struct SecretShape {
  std::size_t length = 32;
  gen::Charset charset = gen::Charset::Alnum;
};

/// Checks --length and --charset; on failure prints the usage error and returns nullopt.
std::optional<SecretShape> checkShape(const std::string& length, const std::string& charset,
                                      std::ostream& err, std::string_view usage,
                                      std::string_view command) {
  SecretShape shape;
  auto parsedLength = parseBounded(length, kMinLength, kMaxLength);
  if (!parsedLength) {
    usageError(
        err,
        fmt::format("invalid value '{}' for '--length' (expected a whole number from {} to {})",
                    length, kMinLength, kMaxLength),
        usage, command);
    return std::nullopt;
  }
  shape.length = *parsedLength;
  auto parsedCharset = gen::parseCharset(charset);
  if (!parsedCharset) {
    usageError(
        err,
        fmt::format("invalid value '{}' for '--charset' (expected {})", charset, charsetNames()),
        usage, command);
    return std::nullopt;
  }
  shape.charset = *parsedCharset;
  return shape;
}

/// The entropy line, and the weak-secret warning below 64 bits (a warning, not an error:
/// short random strings have uses, such as test fixtures or non-secret identifiers).
void reportEntropy(const SecretShape& shape, std::ostream& err) {
  const gen::CharsetInfo& info = gen::charsetInfo(shape.charset);
  const double bits = gen::entropyBits(shape.length, info.alphabet.size());
  err << fmt::format("dlint: {:.1f} bits of entropy per secret ({} character{} from {})\n", bits,
                     shape.length, shape.length == 1 ? "" : "s", info.alphabet.size());
  if (bits < kWeakBits)
    err << fmt::format(
        "dlint: warning: {:.1f} bits is below the {:.0f} bits a secret needs to resist guessing; "
        "use '--length {}' or more with '--charset {}'\n",
        bits, kWeakBits, gen::lengthForBits(kWeakBits, info.alphabet.size()), info.name);
}

// ---------------------------------------------------------------------------------------------
// dlint secret generate

struct GenerateArgs {
  std::string length = "32";
  std::string charset = "alnum";
  std::string count = "1";
};

int runGenerate(const GenerateArgs& args, std::ostream& out, std::ostream& err) {
  constexpr std::string_view command = "dlint secret generate";
  auto shape = checkShape(args.length, args.charset, err, kGenerateUsage, command);
  if (!shape) return kExitTrouble;
  auto count = parseBounded(args.count, kMinCount, kMaxCount);
  if (!count)
    return usageError(
        err,
        fmt::format("invalid value '{}' for '--count' (expected a whole number from {} to {})",
                    args.count, kMinCount, kMaxCount),
        kGenerateUsage, command);
  reportEntropy(*shape, err);
  try {
    gen::RandomStream random;
    const std::string_view alphabet = gen::charsetInfo(shape->charset).alphabet;
    for (std::size_t i = 0; i < *count; ++i) {
      std::string secret = gen::randomString(shape->length, alphabet, random);
      out << secret << '\n';
      gen::wipe(secret);
    }
  } catch (const gen::RandomError& e) {
    err << "dlint: error: " << e.what() << "\n";
    return kExitTrouble;
  }
  out.flush();
  if (!out) {
    err << "dlint: error: cannot write to standard output\n";
    return kExitTrouble;
  }
  return kExitOk;
}

// ---------------------------------------------------------------------------------------------
// dlint secret create-file

struct CreateFileArgs {
  std::string name;
  bool fromStdin = false;
  bool generate = false;
  std::optional<std::string> value;
  std::string directory = "./secrets";
  bool force = false;
  std::string length = "32";
  std::string charset = "alnum";
};

/// Turns terminal echo off while a secret is typed, and back on afterwards, also when
/// SIGINT, SIGTERM, SIGHUP or SIGQUIT ends the program meanwhile.
class EchoOff {
public:
  explicit EchoOff(int fd) {
    if (!::isatty(fd) || ::tcgetattr(fd, &saved_) != 0) return;
    termios quiet = saved_;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    savedFd_ = fd;
    savedState_ = saved_;
    for (int signal : kSignals)
      std::signal(signal, restoreAndReraise);
    active_ = ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
  }
  ~EchoOff() {
    if (savedFd_ < 0) return;
    ::tcsetattr(savedFd_, TCSAFLUSH, &saved_);
    for (int signal : kSignals)
      std::signal(signal, SIG_DFL);
    savedFd_ = -1;
  }
  EchoOff(const EchoOff&) = delete;
  EchoOff& operator=(const EchoOff&) = delete;
  bool active() const { return active_; }

private:
  static constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
  static inline volatile int savedFd_ = -1;
  static inline termios savedState_{};
  static void restoreAndReraise(int signal) {
    if (savedFd_ >= 0) ::tcsetattr(savedFd_, TCSANOW, &savedState_);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
  }
  termios saved_{};
  bool active_ = false;
};

/// Reads all of `fd` into `value`; false with `error` set on a read error or past the limit.
bool readAll(int fd, std::string& value, std::string& error) {
  char buffer[4096];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::string("cannot read standard input: ") + std::strerror(errno);
      explicit_bzero(buffer, sizeof buffer);
      return false;
    }
    if (n == 0) break;
    value.append(buffer, static_cast<std::size_t>(n));
    if (value.size() > kMaxStdinValue) {
      error =
          "standard input holds more than 1 MiB; a secret that large is probably the wrong input";
      explicit_bzero(buffer, sizeof buffer);
      return false;
    }
  }
  explicit_bzero(buffer, sizeof buffer);
  return true;
}

/// The value from standard input, minus ONE trailing newline ("\n" or "\r\n"), so that
/// `echo "$TOKEN" | dlint secret create-file ...` stores just the token.
std::optional<std::string> readStdinValue(int fd, std::ostream& err) {
  std::string value;
  std::string error;
  bool ok = false;
  {
    EchoOff echoOff(fd);
    if (echoOff.active())
      err << "dlint: type the secret (it is not shown), then press Enter and Ctrl-D\n"
          << std::flush;
    ok = readAll(fd, value, error);
    if (echoOff.active()) err << "\n";
  }
  if (!ok) {
    gen::wipe(value);
    err << "dlint: error: " << error << "\n";
    return std::nullopt;
  }
  if (!value.empty() && value.back() == '\n') {
    value.pop_back();
    if (!value.empty() && value.back() == '\r') value.pop_back();
  }
  if (value.empty()) {
    err << "dlint: error: standard input is empty: there is no secret to store\n";
    return std::nullopt;
  }
  return value;
}

std::string joinPath(const std::string& directory, const std::string& fileName) {
  return directory.back() == '/' ? directory + fileName : directory + "/" + fileName;
}

/// The path as a compose file next to the current folder spells it: `./secrets/NAME.txt`.
std::string composeFilePath(std::string directory, const std::string& fileName) {
  while (directory.size() > 1 && directory.back() == '/')
    directory.pop_back();
  const bool explicitPath = directory.front() == '/' || directory == "." || directory == ".." ||
                            directory.starts_with("./") || directory.starts_with("../");
  if (!explicitPath) directory = "./" + directory;
  return (directory == "/" ? "" : directory) + "/" + fileName;
}

/// The line to add to .gitignore for the directory: `secrets/` for `./secrets`.
std::string gitignoreEntry(std::string directory) {
  while (directory.size() > 1 && directory.back() == '/')
    directory.pop_back();
  while (directory.starts_with("./") && directory.size() > 2)
    directory.erase(0, 2);
  return directory + "/";
}

void printComposeSnippet(const std::string& name, const std::string& composePath,
                         std::ostream& out) {
  out << fmt::format(
      R"(# compose.yaml: declare the secret (the path is relative to the compose file)
secrets:
  {0}:
    file: {1}

# grant it to each service that needs it; it is mounted at /run/secrets/{0}
services:
  app:
    secrets: [{0}]

# Dockerfile: use it in one build step without storing it in an image layer
#   RUN --mount=type=secret,id={0} cat /run/secrets/{0}
# and build with: docker build --secret id={0},src={1} .
)",
      name, composePath);
}

int runCreateFile(CreateFileArgs& args, bool lengthGiven, bool charsetGiven, int inputFd,
                  std::ostream& out, std::ostream& err) {
  constexpr std::string_view command = "dlint secret create-file";
  const int sources = int{args.fromStdin} + int{args.generate} + int{args.value.has_value()};
  if (sources == 0)
    return usageError(err, "give the value with one of '--from-stdin', '--generate' or '--value'",
                      kCreateUsage, command);
  if (sources > 1)
    return usageError(err, "use only one of '--from-stdin', '--generate' and '--value'",
                      kCreateUsage, command);
  if (!args.generate && (lengthGiven || charsetGiven))
    return usageError(
        err,
        fmt::format("'{}' only applies with '--generate'", lengthGiven ? "--length" : "--charset"),
        kCreateUsage, command);
  if (args.name.empty()) return usageError(err, "'--name' is required", kCreateUsage, command);
  if (auto reason = gen::invalidSecretNameReason(args.name))
    return usageError(err, fmt::format("invalid secret name '{}': {}", args.name, *reason),
                      kCreateUsage, command);
  if (args.directory.empty())
    return usageError(err, "'--dir' cannot be empty", kCreateUsage, command);
  if (args.value && args.value->empty())
    return usageError(err, "'--value' cannot be empty: there is no secret to store", kCreateUsage,
                      command);
  std::optional<SecretShape> shape;
  if (args.generate) {
    shape = checkShape(args.length, args.charset, err, kCreateUsage, command);
    if (!shape) return kExitTrouble;
  }

  if (args.value)
    err << "dlint: warning: '--value' puts the secret in your shell history and, while dlint runs, "
           "in the process "
           "list; prefer '--from-stdin' or '--generate'\n";

  const std::string fileName = gen::secretFileName(args.name);
  const std::string shownPath = joinPath(args.directory, fileName);
  const std::string refusal = fmt::format(
      "dlint: error: '{}' already exists; use '--force' to replace it (the file was not changed)\n",
      shownPath);
  std::string value;
  try {
    // Refuse before reading standard input, so nobody types a secret into a doomed command.
    const gen::DirectoryState before = gen::inspectSecretDirectory(args.directory);
    if (before.exists && !args.force && gen::secretFileExists(args.directory, fileName)) {
      err << refusal;
      return kExitRefused;
    }

    if (args.value) {
      value = std::move(*args.value);
      gen::wipe(*args.value);
    } else if (args.generate) {
      reportEntropy(*shape, err);
      gen::RandomStream random;
      value = gen::randomString(shape->length, gen::charsetInfo(shape->charset).alphabet, random);
    } else {
      auto fromStdin = readStdinValue(inputFd, err);
      if (!fromStdin) return kExitTrouble;
      value = std::move(*fromStdin);
    }

    const gen::WriteResult result =
        gen::writeSecretFile(args.directory, fileName, value, args.force);
    gen::wipe(value);
    if (result.outcome == gen::WriteOutcome::AlreadyExists) {
      err << refusal;
      return kExitRefused;
    }
    if (result.createdDirectory)
      err << fmt::format("dlint: created directory '{}' (mode 0700)\n", args.directory);
    err << fmt::format("dlint: {} '{}' (mode 0600)\n",
                       result.outcome == gen::WriteOutcome::Replaced ? "replaced" : "wrote",
                       shownPath);
    if (!result.createdDirectory && (before.mode & 077) != 0)
      err << fmt::format(
          "dlint: warning: directory '{}' has mode {:04o}, so other users can see into it; run "
          "'chmod 700 {}'\n",
          args.directory, before.mode, args.directory);
  } catch (const gen::SecretFileError& e) {
    gen::wipe(value);
    err << "dlint: error: " << e.what() << "\n";
    return kExitTrouble;
  } catch (const gen::RandomError& e) {
    err << "dlint: error: " << e.what() << "\n";
    return kExitTrouble;
  }

  // Silent when git is missing or the folder is not in a work tree: nothing to commit it to.
  if (isGitIgnored(args.directory, fileName) == false)
    err << fmt::format(
        "dlint: warning: '{}' is not ignored by git; add '{}' to .gitignore so the secret is never "
        "committed\n",
        shownPath, gitignoreEntry(args.directory));
  printComposeSnippet(args.name, composeFilePath(args.directory, fileName), out);
  return kExitOk;
}

// ---------------------------------------------------------------------------------------------
// dlint secret validate
//
/// `dlint secret validate --env-file FILE... [lint options]`: each FILE is linted as a .env
/// file whatever its name. The other options are the main command's (--select, --ignore,
/// --color, --fail-on, --show-secrets, --max-file-size, --stdin-filename, --config...), parsed
/// by it, and the run is the main command's (runEnvValidate).
int runValidate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> envFiles;
  std::vector<std::string> rest{"dlint"};
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--env-file") {
      if (i + 1 >= args.size())
        return usageError(err, "'--env-file' needs a file name (or '-' for standard input)", kValidateUsage,
                          "dlint secret validate");
      envFiles.push_back(args[++i]);
    } else if (arg.starts_with("--env-file=")) {
      envFiles.push_back(arg.substr(std::string_view("--env-file=").size()));
    } else {
      rest.push_back(arg);
    }
  }
  if (envFiles.empty())
    return usageError(err, "missing '--env-file FILE'", kValidateUsage, "dlint secret validate");
  // The files go in as the main command's paths (after `--`, so odd names stay names): its
  // checks of `-` and --stdin-filename apply unchanged.
  rest.push_back("--");
  rest.insert(rest.end(), envFiles.begin(), envFiles.end());
  std::vector<const char*> argv;
  for (const std::string& arg : rest)
    argv.push_back(arg.c_str());
  ParsedCommandLine parsed = parseCommandLine(static_cast<int>(argv.size()), argv.data(), out, err);
  if (const int* exitCode = std::get_if<int>(&parsed))
    return *exitCode;
  const Options& options = std::get<Options>(parsed);
  if (options.paths.size() != envFiles.size())
    return usageError(err, "unexpected argument '" + options.paths.front() + "': name .env files with '--env-file'",
                      kValidateUsage, "dlint secret validate");
  if (options.dumpAst)
    return usageError(err, "'--dump-ast' dumps Dockerfiles; 'secret validate' lints .env files", kValidateUsage,
                      "dlint secret validate");
  return runEnvValidate(envFiles, options, OutputStreams{out, err, STDOUT_FILENO, STDERR_FILENO});
}
// ---------------------------------------------------------------------------------------------

constexpr std::string_view kSecretFooter = R"(Exit codes:
  0  done
  1  create-file: the file exists and --force was not given (it is left untouched)
  2  usage error, invalid name or value, or a system error

The secret value is never printed, except by 'generate', which prints only the secrets on
standard output. Messages, warnings and the entropy line go to standard error.)";

} // namespace

int runSecretCommand(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
                     int inputFd) {
  const std::string_view subcommand = argc >= 2 ? std::string_view(argv[1]) : std::string_view();
  const bool isHelp = subcommand == "-h" || subcommand == "--help";
  if (subcommand.empty())
    return usageError(err, "missing subcommand: expected generate, create-file or validate",
                      kSecretUsage, "dlint secret");
  if (!isHelp && subcommand != "generate" && subcommand != "create-file" &&
      subcommand != "validate")
    return usageError(
        err,
        fmt::format("unknown subcommand '{}' for 'dlint secret' (expected generate, create-file or "
                    "validate)",
                    subcommand),
        kSecretUsage, "dlint secret");

  CLI::App app{"Make strong secrets and store them as Docker and compose secrets files",
               "dlint secret"};
  app.set_help_flag("-h,--help", "Print this help and exit");
  app.require_subcommand(1);
  app.footer(std::string(kSecretFooter));
  app.get_formatter()->column_width(26);

  GenerateArgs generateArgs;
  CLI::App* generate = app.add_subcommand("generate", "Print random secrets, one a line");
  generate
      ->add_option(
          "--length", generateArgs.length,
          fmt::format("Characters per secret, {} to {} (default: 32)", kMinLength, kMaxLength))
      ->type_name("N");
  generate
      ->add_option(
          "--charset", generateArgs.charset,
          "Characters to draw from: alnum, hex, base64, urlsafe or symbols (default: alnum)")
      ->type_name("NAME");
  generate
      ->add_option("--count", generateArgs.count,
                   fmt::format("How many secrets, {} to {} (default: 1)", kMinCount, kMaxCount))
      ->type_name("N");
  generate->footer(charsetHelp() + R"(
Secrets come from the kernel's CSPRNG (getrandom(2)); there is no fallback to a weaker
generator. Every character is drawn uniformly (rejection sampling, no modulo bias). The
entropy of each secret is printed on standard error; below 64 bits dlint warns but still
prints the secrets.

Exit codes: 0 done, 2 usage error or no random bytes available.)");

  CreateFileArgs createArgs;
  CLI::App* create =
      app.add_subcommand("create-file", "Store a secret in DIR/NAME.txt (mode 0600) for compose");
  create
      ->add_option("--name", createArgs.name,
                   "The secret's name: letters, digits, '.', '_', '-'; the file is NAME.txt")
      ->type_name("NAME");
  create->add_flag("--from-stdin", createArgs.fromStdin,
                   "Read the value from standard input (one trailing newline is removed)");
  create->add_flag("--generate", createArgs.generate,
                   "Generate a random value (see --length and --charset)");
  create
      ->add_option("--value", createArgs.value,
                   "The value itself (it lands in your shell history; avoid)")
      ->type_name("V");
  create
      ->add_option("--dir", createArgs.directory,
                   "Where to write (default: ./secrets, created with mode 0700)")
      ->type_name("DIR");
  create->add_flag("--force", createArgs.force, "Replace an existing file (atomically)");
  CLI::Option* lengthOption =
      create->add_option("--length", createArgs.length, "With --generate: characters (default: 32)")
          ->type_name("N");
  CLI::Option* charsetOption =
      create
          ->add_option("--charset", createArgs.charset, "With --generate: charset (default: alnum)")
          ->type_name("NAME");
  create->footer(
      R"(Writes DIR/NAME.txt atomically (a temporary file in DIR, fsync, rename) with mode 0600 in a
directory of mode 0700, then prints the compose and Dockerfile snippets that use it. An
existing file is replaced only with --force. dlint warns when DIR is wider than 0700 and
when git does not ignore the file. The value never appears in dlint's output.

Exit codes: 0 written, 1 the file exists (use --force), 2 usage error or system error.)");

  CLI::App* validate =
      app.add_subcommand("validate", "Lint .env files: secrets, weak values, modes, git and .dockerignore");
  validate->allow_extras();
  validate->footer(std::string(kValidateUsage));

  const std::string_view usage = subcommand == "generate"      ? kGenerateUsage
                                 : subcommand == "create-file" ? kCreateUsage
                                 : subcommand == "validate"    ? kValidateUsage
                                                               : kSecretUsage;
  const std::string helpCommand =
      isHelp ? "dlint secret" : "dlint secret " + std::string(subcommand);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kExitOk;
  } catch (const CLI::ExtrasError& e) {
    // CLI11 would list every unexpected argument, and after a mistyped '--value' one of them
    // is the secret: name only the arguments that look like options.
    std::string options;
    for (const std::string& extra : (subcommand == "create-file" ? create : generate)->remaining())
      if (extra.starts_with("-")) options += (options.empty() ? "'" : ", '") + extra + "'";
    if (subcommand == "create-file")
      return usageError(err,
                        options.empty()
                            ? "unexpected arguments (not shown, as one may be a secret)"
                            : "unknown option " + options + " (other arguments not shown)",
                        usage, helpCommand);
    return usageError(err, lowerFirst(e.what()), usage, helpCommand);
  } catch (const CLI::ParseError& e) {
    return usageError(err, lowerFirst(e.what()), usage, helpCommand);
  }

  if (generate->parsed()) return runGenerate(generateArgs, out, err);
  if (create->parsed())
    return runCreateFile(createArgs, lengthOption->count() != 0, charsetOption->count() != 0,
                         inputFd, out, err);
  return runValidate(validate->remaining(), out, err);
}

} // namespace dlint::cli
