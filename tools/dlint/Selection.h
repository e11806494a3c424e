#pragma once
// --select and --ignore: which diagnostics a run reports.

#include <string>
#include <string_view>
#include <vector>

#include "passes/Linter.h"

namespace dlint::cli {

class Selection {
public:
  Selection(std::vector<std::string> select, std::vector<std::string> ignore,
            std::vector<std::string> enable = {})
      : select_(std::move(select)), ignore_(std::move(ignore)), enable_(std::move(enable)) {}

  /// A code is reported when some --select pattern matches it (or there is none) and no
  /// --ignore pattern does. Notes and diagnostics without a code are always reported.
  /// An opt-in rule (tag `opt-in`) is reported only when a --select or `enable` pattern names it
  /// exactly (its code, name or an alias); a prefix such as `DF` does not turn it on.
  bool reports(std::string_view code, std::string_view name) const;

  /// The rules to run: every rule that is not opt-in (even an ignored rule runs, so the secrets
  /// it finds are still masked wherever else they show), and the opt-in rules this selection
  /// reports (one of them runs an external program).
  passes::RuleFilter ruleFilter() const {
    return [this](const passes::RuleInfo& rule) { return !rule.isOptIn() || reports(rule.code, rule.name); };
  }

  /// True when `pattern` is a code, a code prefix, a rule name or another tool's ID.
  static bool matches(std::string_view pattern, std::string_view code, std::string_view name);
  /// True when `pattern` is exactly the rule's code, its name or one of its aliases.
  static bool namesExactly(std::string_view pattern, std::string_view code, std::string_view name);

private:
  std::vector<std::string> select_;
  std::vector<std::string> ignore_;
  std::vector<std::string> enable_;
};

} // namespace dlint::cli
