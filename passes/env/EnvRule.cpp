#include "passes/env/EnvRule.h"

#include "passes/rules/env/EnvRuleClasses.h"

namespace dlint::passes {

Diagnostic EnvRuleContext::make(const RuleInfo& rule, SourceRange range, std::string message) const {
  Diagnostic d;
  d.code = std::string(rule.code);
  d.name = std::string(rule.name);
  d.level = rule.level;
  d.file = model_.file;
  d.range = range;
  d.message = std::move(message);
  attachSecrets(d);
  return d;
}

void EnvRuleContext::attachSecrets(Diagnostic& diagnostic) const {
  diagnostic.secrets.insert(diagnostic.secrets.end(), secretValues_.begin(), secretValues_.end());
}

std::vector<std::unique_ptr<EnvRule>> createAllEnvRules() {
  std::vector<std::unique_ptr<EnvRule>> rules;
  const std::vector<RuleInfo>& infos = allRules();
  std::size_t index = 0;
#define DLINT_RULE(code, name, category, level, severity, fix, cls, summary, tags, aliases) ++index;
#define DLINT_ENV_RULE(code, name, category, level, severity, fix, cls, summary, tags, aliases) \
  rules.push_back(std::make_unique<rules::cls>(infos[index++]));
#include "passes/Rules.def"
#undef DLINT_ENV_RULE
#undef DLINT_RULE
  return rules;
}

} // namespace dlint::passes
