// DF443: without `-n` (`--non-interactive`), zypper asks "Continue? [y/n/v/...]" before it
// changes packages; a build has no one to answer, so zypper aborts and the RUN fails.
#include "passes/rules/RuleClass.h"
#include "passes/rules/packages/Prompts.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(ZypperWithoutNonInteractive);

namespace {

bool zypperAsks(const ToolInvocation& call) {
  if (call.tool != "zypper")
    return false;
  PackageAction action = packageAction(call);
  return action == PackageAction::Install || action == PackageAction::Remove || action == PackageAction::Upgrade;
}

/// The global `-n`/`--non-interactive` (before the subcommand: after it, `-n` is `--name`), or
/// the subcommand's `-y`/`--no-confirm`.
bool zypperAnswered(const ToolInvocation& call) {
  const std::vector<shell::Word>& words = call.command->words;
  for (std::size_t k = call.toolIndex + 1; k < words.size(); ++k) {
    if (!words[k].value)
      continue;
    std::string_view w = *words[k].value;
    if (w == "--non-interactive" || w == "--non-interactive-include-reboot-patches" || w == "--no-confirm")
      return true;
    bool cluster = w.size() > 1 && w[0] == '-' && w[1] != '-';
    if (cluster && w.find('y') != std::string_view::npos && k > call.subcommandIndex)
      return true;
    if (cluster && w.find('n') != std::string_view::npos && k < call.subcommandIndex)
      return true;
  }
  return false;
}

} // namespace

void ZypperWithoutNonInteractive::check(RuleContext& context) const {
  packages::reportPrompts(context, info(), {zypperAsks, zypperAnswered, "", "-n", true});
}

} // namespace dlint::passes::rules
