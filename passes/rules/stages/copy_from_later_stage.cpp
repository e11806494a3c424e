// DF203: BuildKit only lets a stage use stages defined before it ("cannot copy from stage").
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(CopyFromLaterStage);

void CopyFromLaterStage::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  for (const StageReference& ref : graph.references()) {
    if (ref.kind == ReferenceKind::FromBase || !ref.stage || *ref.stage <= ref.user)
      continue;
    const Stage& target = graph.stages()[*ref.stage];
    std::string label = ref.target == ReferenceTarget::Index ? "stage " + ref.text : "stage '" + ref.text + "'";
    Diagnostic d = context.make(info(), ref.range, label + " is defined after the stage that uses it");
    d.notes.push_back({"defined here; move it above the stage that uses it", target.from->range});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
