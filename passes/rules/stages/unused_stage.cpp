// DF206: a stage the final stage never uses is not built by default (BuildKit skips it), so it
// is either dead code or meant for `--target`.
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(UnusedStage);

void UnusedStage::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  std::optional<std::size_t> last = graph.finalStage();
  std::vector<bool> referenced(graph.stages().size(), false);
  auto mark = [&](std::size_t stage, std::size_t user) {
    if (stage != user && stage < referenced.size())
      referenced[stage] = true;
  };
  for (const StageReference& ref : graph.references()) {
    if (ref.stage)
      mark(*ref.stage, ref.user);
    // `FROM runc-${TARGETOS}` may use any stage its pattern matches.
    for (std::size_t candidate : ref.candidates)
      mark(candidate, ref.user);
  }
  for (const Stage& stage : graph.stages()) {
    if (stage.index == last || referenced[stage.index])
      continue;
    std::string label = stage.name.empty() ? "stage " + std::to_string(stage.index) : "stage '" + stage.nameWord->text + "'";
    SourceRange range = stage.nameWord ? stage.nameWord->range : stage.from->keywordRange;
    Diagnostic d = context.make(info(), range, label + " is never used by another stage and is not the final stage");
    d.notes.push_back({"a default build skips it; remove it, use it, or build it with '--target'", std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
