// DF442: without `-y`, dnf (and dnf5, tdnf) asks "Is this ok [y/N]" before it changes packages;
// a build has no one to answer, so the command aborts and the RUN fails. microdnf never asks.
#include "passes/rules/RuleClass.h"
#include "passes/rules/packages/Prompts.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(DnfWithoutYes);

namespace {

bool dnfAsks(const ToolInvocation& call) {
  // microdnf does not prompt (its `-y` is accepted for compatibility with dnf).
  if (call.tool != "dnf" && call.tool != "dnf5" && call.tool != "tdnf")
    return false;
  PackageAction action = packageAction(call);
  return action == PackageAction::Install || action == PackageAction::Remove || action == PackageAction::Upgrade;
}

bool dnfAnswered(const ToolInvocation& call) { return hasShortOption(call, 'y') || hasOption(call, "--assumeyes"); }

} // namespace

void DnfWithoutYes::check(RuleContext& context) const {
  packages::reportPrompts(context, info(), {dnfAsks, dnfAnswered, "assumeyes", "-y", false});
}

} // namespace dlint::passes::rules
