// DF441: without `-y`, yum asks "Is this ok [y/d/N]" before it installs, removes or updates
// anything; a build has no one to answer, so yum exits with "Operation aborted".
#include "passes/rules/RuleClass.h"
#include "passes/rules/packages/Prompts.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(YumWithoutYes);

namespace {

bool yumAsks(const ToolInvocation& call) {
  if (call.tool != "yum")
    return false;
  PackageAction action = packageAction(call);
  return action == PackageAction::Install || action == PackageAction::Remove || action == PackageAction::Upgrade;
}

bool yumAnswered(const ToolInvocation& call) { return hasShortOption(call, 'y') || hasOption(call, "--assumeyes"); }

} // namespace

void YumWithoutYes::check(RuleContext& context) const {
  packages::reportPrompts(context, info(), {yumAsks, yumAnswered, "assumeyes", "-y", false});
}

} // namespace dlint::passes::rules
