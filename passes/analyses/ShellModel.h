#pragma once
// The parsed shell of every RUN that runs through a POSIX shell, positioned in the Dockerfile.
// A stage whose SHELL is PowerShell or cmd has no POSIX model: its RUNs are skipped. The
// triggers of `ONBUILD RUN` are modelled too (hadolint checks them), in file order.

#include <functional>
#include <unordered_map>
#include <vector>

#include "passes/AnalysisManager.h"
#include "passes/analyses/ToolInvocation.h"
#include "passes/shell/ShellParser.h"

namespace dlint::passes {

struct RunScript {
  /// The RUN; for an `ONBUILD RUN`, the trigger inside the ONBUILD.
  const ast::CommandInstruction* instruction = nullptr;
  /// Set for an `ONBUILD RUN` trigger: it runs in the builds that start FROM this image, with
  /// their ARGs and USER, so those are unknown here.
  const ast::OnbuildInstruction* onbuild = nullptr;
  std::size_t stage = 0;
  ast::LogicalText text;
  shell::ParseResult parsed;
  /// Every simple command, nested ones included, in walk order: walked once here, so that
  /// rules iterate a vector instead of the tree.
  std::vector<const shell::SimpleCommand*> simpleCommands;
  /// The tool of every simple command that has one, in the order of `simpleCommands`.
  std::vector<ToolInvocation> invocations;
};

class ShellModel {
public:
  static ShellModel build(AnalysisManager& analyses);

  const std::vector<RunScript>& scripts() const { return scripts_; }
  const RunScript* scriptOf(const ast::Instruction* instruction) const;
  /// Every simple command of every modelled RUN, nested ones included.
  void forEachSimpleCommand(const std::function<void(const RunScript&, const shell::SimpleCommand&)>& visit) const;

private:
  std::vector<RunScript> scripts_;
  std::unordered_map<const ast::Instruction*, std::size_t> index_;
};

/// True when `executable` (argv[0] of a SHELL) is a non-POSIX shell: pwsh, powershell, cmd.
bool isNonPosixShell(std::string_view executable);

} // namespace dlint::passes
