#pragma once
// One class per row of Rules.def, for the factory (Rule.cpp); each rule's .cpp file declares its
// own class with the same macro (RuleClass.h) and implements check().

#include "passes/rules/RuleClass.h"

namespace dlint::passes::rules {

#define DLINT_RULE(code, name, category, level, severity, fix, cls, summary, tags, aliases) DLINT_RULE_CLASS(cls);
#define DLINT_ENV_RULE(code, name, category, level, severity, fix, cls, summary, tags, aliases) // env/EnvRuleClasses.h
#include "passes/Rules.def"
#undef DLINT_ENV_RULE
#undef DLINT_RULE

} // namespace dlint::passes::rules
