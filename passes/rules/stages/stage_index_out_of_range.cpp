// DF208: `--from=3` in a file with two stages is an error in BuildKit ("invalid stage index").
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(StageIndexOutOfRange);

void StageIndexOutOfRange::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  const std::size_t count = graph.stages().size();
  for (const StageReference& ref : graph.references()) {
    if (ref.target != ReferenceTarget::Index || ref.stage)
      continue;
    std::string range = count == 1 ? "only stage 0" : "stages 0 to " + std::to_string(count - 1);
    Diagnostic d = context.make(info(), ref.range, "there is no stage " + ref.text + ": this file has " + range);
    d.notes.push_back({"stages are numbered from 0 in the order of their FROM lines", std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
