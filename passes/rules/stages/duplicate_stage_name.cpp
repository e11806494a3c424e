// DF204: with two stages of one name, every reference silently means the last one.
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(DuplicateStageName);

void DuplicateStageName::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const std::vector<Stage>& stages = graph.stages();
  for (const Stage& stage : stages) {
    if (stage.name.empty())
      continue;
    for (std::size_t i = 0; i < stage.index; ++i) {
      if (stages[i].name != stage.name)
        continue;
      Diagnostic d = context.make(info(), stage.nameWord->range, "duplicate stage name '" + stage.nameWord->text + "'");
      d.notes.push_back({"the first stage of that name is here", stages[i].nameWord->range});
      context.emit(std::move(d));
      break;
    }
  }
}

} // namespace dlint::passes::rules
