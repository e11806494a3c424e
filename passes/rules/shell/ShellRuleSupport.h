#pragma once
// Small helpers the shell-usage rules (DF250-DF259, DF460-DF469, DF540-DF549) share: command
// names, the SHELL in force at an instruction, and the options a shell is started with.

#include <optional>
#include <string_view>
#include <vector>

#include "ast/Nodes.h"
#include "passes/analyses/StageGraph.h"
#include "passes/shell/ShellAst.h"

namespace dlint::passes::rules::shellrules {

/// `/usr/bin/ln` gives `ln`.
std::string_view baseName(std::string_view path);

/// The statically known value of word `index` of `command`, or nullopt.
std::optional<std::string_view> wordValue(const shell::SimpleCommand& command, std::size_t index);

/// The SHELL instruction in force when `instruction` runs, looking through `FROM <stage>`;
/// nullptr when none is (the default `/bin/sh -c`).
const ast::CommandInstruction* shellInForce(const StageGraph& graph, const ast::Instruction* instruction);

/// What a shell's own argv (`["/bin/bash", "-eo", "pipefail", "-c"]`) turns on before the script.
struct ShellStartOptions {
  bool errexit = false;
  bool pipefail = false;
};
ShellStartOptions startOptions(const std::vector<ast::Word>& argv);

/// The argv that starts the shell running `run`'s script: an exec-form `["bash", "-o", "pipefail",
/// "-c", "..."]` RUN names its own; a shell-form RUN uses the SHELL in force (empty: `/bin/sh -c`).
const std::vector<ast::Word>* shellArgvOf(const StageGraph& graph, const ast::CommandInstruction& run);

} // namespace dlint::passes::rules::shellrules
