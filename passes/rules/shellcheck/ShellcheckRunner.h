#pragma once
// Runs the external ShellCheck program over a batch of scripts (one process per Dockerfile) and
// returns its findings, positioned in each script as ShellCheck reports them.

#include <optional>
#include <string>
#include <vector>

namespace dlint::passes::shellcheck {

/// One replacement of a ShellCheck fix: [begin, end) in (1-based line, 1-based code point column).
struct Replacement {
  int line = 0, column = 0, endLine = 0, endColumn = 0;
  std::string text;
};

struct Comment {
  std::size_t script = 0; ///< index into the scripts given to run()
  int line = 0, column = 0, endLine = 0, endColumn = 0;
  std::string level; ///< error, warning, info or style
  int code = 0;      ///< 2086 for SC2086
  std::string message;
  std::vector<Replacement> fix;
};

struct Script {
  std::string dialect; ///< ShellCheck's --shell: sh, bash, dash or ksh
  std::string text;
  /// Names the script may read without assigning them (the ARGs and ENVs in scope), so
  /// ShellCheck does not call them unassigned (SC2154).
  std::vector<std::string> knownVariables;
};

/// The ShellCheck executable: $DLINT_SHELLCHECK when set, else `shellcheck` on PATH; nullopt
/// when neither exists.
std::optional<std::string> findShellcheck();

/// Findings for every script, or nullopt when ShellCheck could not run or its output was not
/// the JSON it promises. `excluded` codes (2187 for SC2187) are passed to --exclude.
std::optional<std::vector<Comment>> run(const std::string& executable, const std::vector<Script>& scripts,
                                        const std::vector<int>& excluded);

} // namespace dlint::passes::shellcheck
