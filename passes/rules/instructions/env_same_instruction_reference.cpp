// DF227: every word of one ENV is expanded with the environment from before the instruction, so
// `ENV DIR=/opt/app BIN=$DIR/bin` sets BIN to "/bin" (or the old DIR), not "/opt/app/bin".
#include <string>

#include "passes/rules/RuleClass.h"
#include "passes/rules/instructions/InstructionFacts.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(EnvSameInstructionReference);

void EnvSameInstructionReference::check(RuleContext& context) const {
  const ArgEnvScopes& scopes = context.get<ArgEnvScopes>();
  for (const Stage& stage : context.get<StageGraph>().stages())
    for (const ast::Instruction* node : stage.body) {
      const auto* env = ast::dyn_cast<ast::KeyValueInstruction>(node);
      if (!env || node->kind != ast::InstructionKind::Env || env->pairs.size() < 2)
        continue;
      for (const VariableUse& use : scopes.references(node)) {
        if (use.context != ReferenceContext::Expanded)
          continue;
        std::size_t user = env->pairs.size();
        for (std::size_t i = 0; i < env->pairs.size(); ++i)
          if (env->pairs[i].range.contains(use.range.begin))
            user = i;
        // `PATH=/x:$PATH` reading its own old value is the usual idiom; an earlier pair is the trap.
        for (std::size_t j = 0; j < user && user < env->pairs.size(); ++j) {
          if (env->pairs[j].key.text != use.name)
            continue;
          Diagnostic d = context.make(info(), use.range,
                                      "'" + use.name + "' is set by this same ENV, but '$" + use.name +
                                          "' reads the value it had before the instruction");
          d.notes.push_back({"set '" + use.name + "' in an ENV of its own before this one", env->pairs[j].key.range});
          context.emit(std::move(d));
          break;
        }
      }
    }
}

} // namespace dlint::passes::rules
