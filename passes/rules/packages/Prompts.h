#pragma once
// The shared walk of the non-interactive rules (DF440-DF443): a package manager that asks
// "Is this ok [y/N]" reads no answer during a build, so it aborts (or, in older tools, hangs).

#include <string_view>

#include "passes/Rule.h"
#include "passes/analyses/PackageCommands.h"

namespace dlint::passes::rules::packages {

struct PromptPolicy {
  /// True for the commands that may ask for confirmation.
  bool (*asks)(const ToolInvocation& call) = nullptr;
  /// True when the command's own options answer the prompt (`-y`, `--assumeyes`, `-n`).
  bool (*answered)(const ToolInvocation& call) = nullptr;
  /// The configuration key that answers it for every later command when set to true, matched
  /// without regard to case in this RUN or an earlier one of the stage chain
  /// (`APT::Get::Assume-Yes "true";`, `assumeyes=1`); empty when there is none.
  std::string_view configKey;
  /// The option the fix inserts, and where: after the subcommand, or after the tool's name.
  std::string_view option;
  bool optionBeforeSubcommand = false;
};

/// Reports every prompting command the policy matches that nothing answers: no option, no
/// configuration, no `yes |` in front of it.
void reportPrompts(RuleContext& context, const RuleInfo& rule, const PromptPolicy& policy);

} // namespace dlint::passes::rules::packages
