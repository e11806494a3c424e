#pragma once
// Runs a callback over every EXPOSE entry of every stage, after expansion.
#include "passes/Rule.h"
#include "passes/rules/instructions/InstructionFacts.h"

namespace dlint::passes::rules::instructions {

template <typename Visit> void forEachExposeEntry(RuleContext& context, Visit visit) {
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  char escape = context.dockerfile().escape;
  for (const Stage& stage : context.get<StageGraph>().stages())
    for (const ast::Instruction* node : stage.body)
      if (const auto* expose = ast::dyn_cast<ast::ListInstruction>(node);
          expose && node->kind == ast::InstructionKind::Expose)
        for (const ExposeEntry& entry : exposeEntries(scopes, *expose, escape))
          visit(*expose, entry, splitPortSpec(entry.text));
}

} // namespace dlint::passes::rules::instructions
