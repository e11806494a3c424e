// DF202: a stage cannot copy from or mount itself; BuildKit fails with a circular dependency.
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(CopyFromOwnStage);

void CopyFromOwnStage::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  for (const StageReference& ref : graph.references()) {
    if (ref.kind == ReferenceKind::FromBase || !ref.stage || *ref.stage != ref.user)
      continue;
    std::string label = ref.target == ReferenceTarget::Index ? "index " + ref.text : "'" + ref.text + "'";
    Diagnostic d = context.make(info(), ref.range, label + " is the stage this instruction is in");
    d.notes.push_back({"a stage cannot use its own files; BuildKit reports a circular dependency",
                       graph.stages()[ref.user].from->range});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
