// EV201: a key assigned twice. compose keeps the last value, so the first assignment is dead
// text that readers (and reviewers of a diff) take for the one in force.
#include <fmt/format.h>
#include <string_view>
#include <unordered_map>

#include "passes/rules/env/EnvRuleClasses.h"

namespace dlint::passes::rules {

void EnvDuplicateKey::check(EnvRuleContext& context) const {
  std::unordered_map<std::string_view, const envfile::EnvEntry*> first;
  for (const envfile::EnvEntry& entry : context.model().entries) {
    auto [it, inserted] = first.emplace(entry.keyText, &entry);
    if (inserted)
      continue;
    Diagnostic d = context.make(info(), entry.key,
                                fmt::format("'{}' is assigned again; compose uses this value and ignores the "
                                            "one on line {}",
                                            entry.keyText, it->second->line));
    d.notes.push_back({fmt::format("'{}' is first assigned here", entry.keyText), it->second->key});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
