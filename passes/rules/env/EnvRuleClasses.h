#pragma once
// One class per DLINT_ENV_RULE row of Rules.def; each is implemented in rules/env/<name>.cpp.

#include "passes/env/EnvRule.h"

namespace dlint::passes::rules {

#define DLINT_RULE(code, name, category, level, severity, fix, cls, summary, tags, aliases) // RuleClasses.h
#define DLINT_ENV_RULE(code, name, category, level, severity, fix, cls, summary, tags, aliases) \
  class cls final : public EnvRule {                                                           \
  public:                                                                                      \
    using EnvRule::EnvRule;                                                                    \
    void check(EnvRuleContext& context) const override;                                       \
  };
#include "passes/Rules.def"
#undef DLINT_ENV_RULE
#undef DLINT_RULE

} // namespace dlint::passes::rules
