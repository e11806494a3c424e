#pragma once
// One class per row of Rules.def; each is implemented in rules/<category>/<name>.cpp.

#include "passes/Rule.h"

namespace dlint::passes::rules {

#define DLINT_RULE(code, name, category, level, severity, fix, cls, summary, tags, aliases) \
  class cls final : public Rule {                                                          \
  public:                                                                                  \
    using Rule::Rule;                                                                      \
    void check(RuleContext& context) const override;                                      \
  };
#define DLINT_ENV_RULE(code, name, category, level, severity, fix, cls, summary, tags, aliases) // env/EnvRuleClasses.h
#include "passes/Rules.def"
#undef DLINT_ENV_RULE
#undef DLINT_RULE

} // namespace dlint::passes::rules
