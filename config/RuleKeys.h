#pragma once
// Resolving the rule keys users write (a code, a rule name, another tool's ID, a code prefix)
// against every code dlint knows (output::ruleCatalog()), with suggestions for typos.

#include <string>
#include <string_view>
#include <vector>

namespace dlint::config {

/// The codes `key` names exactly: its code (any case), its name, or every rule that lists
/// `key` as an alias (`DL3002` names two rules). Empty when it names none.
std::vector<std::string> codesNamedBy(std::string_view key);

/// True when a --select/--ignore pattern (a code, prefix, name or alias) matches some code.
bool patternMatchesAnything(std::string_view pattern);

/// Up to three known codes, names or alias IDs close to `key` (edit distance), best first.
std::vector<std::string> suggestRuleKeys(std::string_view key);

/// `; did you mean 'A' or 'B'?`, or empty when there is nothing close.
std::string didYouMean(const std::vector<std::string>& suggestions);

} // namespace dlint::config
