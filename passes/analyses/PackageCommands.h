#pragma once
// Reading package-manager invocations out of the shell model: `apt-get -y install x`,
// `sudo apk add --no-cache y`, `python3 -m pip install z`, and the cleanup that follows them
// (`rm -rf /var/lib/apt/lists/*`, `find /var/cache/apk -delete`).

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "passes/analyses/ShellModel.h"
#include "passes/analyses/StageGraph.h"

namespace dlint::passes {



/// True when `invocation` has a word equal to `flag` (or starting with `flag=`) after the tool.
bool hasOption(const ToolInvocation& invocation, std::string_view flag);

/// The first non-option word after `invocation.subcommand` (`all` in `yum clean all`), or null.
const shell::Word* argumentAfterSubcommand(const ToolInvocation& invocation);

/// Every tool invocation in one RUN's script.
/// Computed once when the shell model is built.
const std::vector<ToolInvocation>& invocationsIn(const RunScript& run);

/// True when the RUN runs one of `tools` with `subcommand` (`apt-get dist-clean`).
bool runsSubcommand(const RunScript& run, std::initializer_list<std::string_view> tools, std::string_view subcommand);

/// True when a stage's layers end up in the final image: the final stage and its FROM ancestors.
/// Stages only copied from (builders) do not ship their layers.
bool shipsLayers(const StageGraph& graph, std::size_t stage);

/// True when `stage` is `ancestor` or is built FROM it, directly or not (so it inherits its ENV,
/// SHELL and files).
bool builtFrom(const StageGraph& graph, std::size_t stage, std::size_t ancestor);

/// True when the RUN hands work to code dlint cannot see: a `*.sh` file, `source`, `eval`, a
/// shell reading a script from a `-c` string, a file or a pipe (`curl ... | bash`), `su -c`.
bool runsOpaqueCode(const RunScript& run);

/// The static strings a RUN passes to `sh -c`, `bash -c`, `su -c`... (not parsed by the model).
std::vector<std::string> shellStringsIn(const RunScript& run);

/// True when the RUN deletes `path`, a directory above it, or files under it: `rm` with a word
/// such as `/var/lib/apt/lists/*` or `/var/cache`, or `find <dir> ... -delete|-exec rm`.
/// `~`, `$HOME` and `${HOME}` count as /root. A `sh -c` string that mentions `rm` and `path`
/// counts too (an approximation: the string is not parsed).
bool removesPath(const RunScript& run, std::string_view path);

/// True when the RUN deletes `<home>/<relative>` for root or any /home/<user>:
/// removesHomePath(run, ".npm") matches `rm -rf ~/.npm`, `/root/.npm`, `/home/node/.npm`.
bool removesHomePath(const RunScript& run, std::string_view relative);

/// True when the RUN leaves no apt lists behind: `rm` of /var/lib/apt/lists, or
/// `apt-get dist-clean` / `apt dist-clean` (apt 2.7+).
bool removesAptLists(const RunScript& run);

/// The operands after `invocation.subcommand`: the words that are neither options nor the value
/// of an option that takes one (`apk add --virtual .deps gcc` gives `gcc`; `-r reqs.txt` gives
/// nothing). Words after `--` are operands. Words with expansions are operands.
std::vector<const shell::Word*> operandsAfterSubcommand(const ToolInvocation& invocation);

/// True when a short option cluster after the tool sets `letter` (`-y`, `-qy`, `-yqq`); the
/// value of an option that takes one is not read as flags (`-oDebug=yes` sets no `y`).
bool hasShortOption(const ToolInvocation& invocation, char letter);

/// What a package manager's subcommand does to the installed packages.
enum class PackageAction : unsigned char {
  None,    ///< not a package manager, or a subcommand that changes no package (`clean`, `search`)
  Install, ///< installs the named packages: apt-get/apt install, apk add, yum/dnf/zypper install,
           ///< pip/gem/npm install (npm i, npm add), go install/get
  Remove,  ///< apt-get remove/purge, apk del, yum remove, pip uninstall, ...
  Refresh, ///< refreshes the package index only: apt-get update, apk update, zypper refresh
  Upgrade, ///< upgrades installed packages: apt-get upgrade/dist-upgrade, apk upgrade,
           ///< yum/dnf update/upgrade, zypper update/dist-upgrade/patch
};

/// The action of `invocation` for apt-get, apt, aptitude, apk, yum, dnf, dnf5, microdnf, tdnf,
/// zypper, pip, npm, gem and go; None for every other tool.
PackageAction packageAction(const ToolInvocation& invocation);

} // namespace dlint::passes
