// DF220: an image has one CMD, one ENTRYPOINT and one HEALTHCHECK; a second one in the same stage
// silently replaces the first, which is usually a leftover or a merge mistake.
#include <string>

#include "frontend/Text.h"
#include "passes/analyses/StageGraph.h"
#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(OverriddenInstruction);

void OverriddenInstruction::check(RuleContext& context) const {
  using K = ast::InstructionKind;
  for (const Stage& stage : context.get<StageGraph>().stages()) {
    // As BuildKit's validateUsedOnce: counted per stage, not inherited through FROM <stage>.
    for (K kind : {K::Cmd, K::Entrypoint, K::Healthcheck}) {
      const ast::Instruction* previous = nullptr;
      for (const ast::Instruction* node : stage.body) {
        if (node->kind != kind)
          continue;
        if (previous) {
          std::string keyword(ast::keywordName(kind));
          Diagnostic d = context.make(info(), previous->keywordRange,
                                      "this " + keyword + " is overridden by a later " + keyword +
                                          " in the same stage, so it has no effect");
          d.notes.push_back({"only this last " + keyword + " counts", node->keywordRange});
          context.emit(std::move(d));
        }
        previous = node;
      }
    }
  }
}

} // namespace dlint::passes::rules
