// DF221: without a HEALTHCHECK the runtime only knows whether the main process is alive, not
// whether the service answers; orchestrators that read the image's health see nothing.
#include "passes/rules/RuleClass.h"
#include "passes/rules/instructions/InstructionFacts.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(MissingHealthcheck);

void MissingHealthcheck::check(RuleContext& context) const {
  const StageGraph& graph = context.get<StageGraph>();
  std::optional<std::size_t> last = graph.finalStage();
  if (!last || !graph.stages()[*last].from)
    return;
  // A HEALTHCHECK in a stage the final one is built FROM is inherited; NONE is an explicit choice.
  for (std::size_t index : instructions::stageChain(graph, *last))
    for (const ast::Instruction* node : graph.stages()[index].body)
      if (node->kind == ast::InstructionKind::Healthcheck)
        return;
  const ast::FromInstruction& from = *graph.stages()[*last].from;
  Diagnostic d = context.make(info(), from.image() ? from.image()->range : from.keywordRange,
                              "the final stage has no HEALTHCHECK");
  d.notes.push_back({"add 'HEALTHCHECK CMD <command that fails when the service does not answer>', or "
                     "'HEALTHCHECK NONE' when the image deliberately has none",
                     std::nullopt});
  context.emit(std::move(d));
}

} // namespace dlint::passes::rules
