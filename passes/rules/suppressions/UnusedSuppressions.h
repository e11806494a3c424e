#pragma once
// DF501 needs to know what every other rule reported, so passes/Linter.cpp calls this after
// the other rules have run, instead of running it as an ordinary rule.

#include <functional>
#include <vector>

#include "passes/Rule.h"
#include "passes/analyses/Suppressions.h"

namespace dlint::passes::rules {

/// One DF501 diagnostic per dlint suppression comment with codes that matched nothing. A code
/// whose rules did not all run (`ran` is false) is "not run", never unused.
std::vector<Diagnostic> unusedSuppressionDiagnostics(const RuleContext& context, const RuleInfo& rule,
                                                     const SuppressionMatcher& matcher,
                                                     const std::function<bool(const RuleInfo&)>& ran);

} // namespace dlint::passes::rules
