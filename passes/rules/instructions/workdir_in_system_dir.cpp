// DF330: /proc, /dev and /boot hold the kernel's and the host's view of the machine; building
// or running an application there means writing into mounts the runtime owns.
#include <string>

#include "passes/rules/RuleClass.h"
#include "passes/rules/instructions/InstructionFacts.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(WorkdirInSystemDir);

void WorkdirInSystemDir::check(RuleContext& context) const {
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  for (const Stage& stage : context.get<StageGraph>().stages())
    for (const ast::Instruction* node : stage.body) {
      const auto* workdir = ast::dyn_cast<ast::ValueInstruction>(node);
      if (!workdir || node->kind != ast::InstructionKind::Workdir || !workdir->value)
        continue;
      std::optional<std::string> path = instructions::expandedWord(scopes, node, *workdir->value);
      if (!path || path->empty() || path->front() != '/')
        continue;
      std::string clean = instructions::cleanPath(*path);
      for (std::string_view dir : {"/proc", "/boot", "/dev", "/initrd", "/lost+found", "/sys"})
        if (instructions::isAtOrUnder(clean, dir)) {
          context.report(info(), workdir->value->range,
                         "WORKDIR '" + clean + "' is in the system directory '" + std::string(dir) + "'");
          break;
        }
    }
}

} // namespace dlint::passes::rules
