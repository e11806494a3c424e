// EV501: environment variable names are upper case by convention (POSIX reserves lower case
// for applications, and most tools look for upper-case names), so `db_host` is usually a typo
// for `DB_HOST` that leaves the real variable unset.
#include <algorithm>
#include <fmt/format.h>

#include "passes/rules/env/EnvRuleClasses.h"

namespace dlint::passes::rules {

void EnvLowercaseKey::check(EnvRuleContext& context) const {
  for (const envfile::EnvEntry& entry : context.model().entries) {
    const std::string& key = entry.keyText;
    if (std::none_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      continue;
    context.report(info(), entry.key,
                   fmt::format("key '{}' has lower-case letters; environment variable names are upper case", key));
  }
}

} // namespace dlint::passes::rules
