// DF445 (opt-in): upgrading every installed package inside a build makes the image depend on the
// day it was built and hides what the base image provides; some teams prefer a newer base image.
#include "passes/rules/RuleClass.h"
#include "passes/analyses/PackageCommands.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(PackageUpgradeInRun);

void PackageUpgradeInRun::check(RuleContext& context) const {
  for (const RunScript& run : context.get<ShellModel>().scripts())
    for (const ToolInvocation& call : invocationsIn(run)) {
      if (packageAction(call) != PackageAction::Upgrade)
        continue;
      std::string command = std::string(call.tool) + " " + *call.subcommand->value;
      context.report(info(), call.subcommand->range,
                     "'" + command + "' upgrades the base image's packages in the build: rebuild on a newer "
                     "base image instead");
    }
}

} // namespace dlint::passes::rules
