#include "passes/Rule.h"

#include "passes/rules/RuleClasses.h"

namespace dlint::passes {

Diagnostic RuleContext::make(const RuleInfo& rule, SourceRange range, std::string message) const {
  Diagnostic d;
  d.code = std::string(rule.code);
  d.name = std::string(rule.name);
  d.level = rule.level;
  d.file = file_;
  d.range = range;
  d.message = std::move(message);
  return d;
}

std::vector<std::unique_ptr<Rule>> createAllRules() {
  std::vector<std::unique_ptr<Rule>> rules;
  const std::vector<RuleInfo>& infos = allRules();
  std::size_t index = 0;
#define DLINT_RULE(code, name, category, level, severity, fix, cls, summary, tags, aliases) \
  rules.push_back(std::make_unique<rules::cls>(infos[index++]));
// .env rules run over an EnvFileModel, not a Dockerfile: createAllEnvRules() builds them.
#define DLINT_ENV_RULE(code, name, category, level, severity, fix, cls, summary, tags, aliases) ++index;
#include "passes/Rules.def"
#undef DLINT_ENV_RULE
#undef DLINT_RULE
  return rules;
}

} // namespace dlint::passes
