#pragma once
// Declares one rule's class in its own .cpp file, so a rule depends on Rule.h alone and editing
// Rules.def recompiles only the registry's readers (Rule.cpp, RuleInfo.cpp), not every rule.

#include "passes/Rule.h"

#define DLINT_RULE_CLASS(cls)                                                                      \
  class cls final : public ::dlint::passes::Rule {                                                 \
  public:                                                                                          \
    using Rule::Rule;                                                                              \
    void check(::dlint::passes::RuleContext& context) const override;                             \
  }
