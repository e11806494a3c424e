#pragma once
// A simple command seen as "which tool does it run, and with which subcommand", computed once
// per RUN by the shell model and read by every rule that looks at package managers.

#include <optional>
#include <string_view>

#include "passes/shell/ShellAst.h"

namespace dlint::passes {

struct ToolInvocation {
  const shell::SimpleCommand* command = nullptr;
  std::string_view tool;              ///< "apt-get", "apk", "pip", ...
  const shell::Word* subcommand = nullptr; ///< "install", "add", "update", ...
  std::size_t subcommandIndex = 0;    ///< index of `subcommand` in command->words
  std::size_t toolIndex = 0;          ///< index of the tool's own word (after any wrapper)
};

/// The tool a simple command runs, looking through `sudo`, `env VAR=x`, `nice`, `nohup`, `time`,
/// `xargs`, `command` and `python -m pip`; nullopt when argv[0] is not statically known.
/// `pip3` and `pip3.12` are "pip"; `xx-apt-get` (tonistiigi/xx) is "apt-get".
std::optional<ToolInvocation> toolInvocation(const shell::SimpleCommand& command);

} // namespace dlint::passes
