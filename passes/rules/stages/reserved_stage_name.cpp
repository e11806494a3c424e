// DF205: 'scratch' and 'context' already mean something to BuildKit.
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(ReservedStageName);

void ReservedStageName::check(RuleContext& context) const {
  for (const Stage& stage : context.get<StageGraph>().stages())
    if (stage.name == "scratch" || stage.name == "context")
      context.report(info(), stage.nameWord->range,
                     "'" + stage.nameWord->text + "' is a reserved name and should not name a stage");
}

} // namespace dlint::passes::rules
