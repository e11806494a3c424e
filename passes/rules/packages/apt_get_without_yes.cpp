// DF440: without `-y`, apt-get asks "Do you want to continue? [Y/n]" as soon as an install pulls
// in another package; a build has no one to answer, so apt-get aborts and the RUN fails.
#include "passes/rules/RuleClass.h"
#include "passes/rules/packages/Prompts.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(AptGetWithoutYes);

namespace {

bool aptAsks(const ToolInvocation& call) {
  if (call.tool != "apt-get" && call.tool != "apt")
    return false;
  PackageAction action = packageAction(call);
  return action == PackageAction::Install || action == PackageAction::Remove || action == PackageAction::Upgrade;
}

/// `-y`, `--yes`, `--assume-yes`, or quiet level 2 (`-qq`, `-q=2`), which implies `-y`.
bool aptAnswered(const ToolInvocation& call) {
  if (hasShortOption(call, 'y') || hasOption(call, "--yes") || hasOption(call, "--assume-yes") ||
      hasOption(call, "-q=2") || hasOption(call, "--quiet=2"))
    return true;
  for (const shell::Word& word : call.command->words)
    if (word.value && word.value->starts_with("-") && !word.value->starts_with("--") &&
        word.value->find("qq") != std::string::npos)
      return true;
  return false;
}

} // namespace

void AptGetWithoutYes::check(RuleContext& context) const {
  packages::reportPrompts(context, info(), {aptAsks, aptAnswered, "Assume-Yes", "-y", false});
}

} // namespace dlint::passes::rules
