// EV502: `KEY = value`. compose trims the spaces, but `source .env` in a shell runs `KEY` as a
// command, and other dotenv readers keep them in the key or the value. Removing them keeps
// compose's meaning, so the fix is safe. YAML-style `KEY: value` is left alone.
#include <fmt/format.h>

#include "passes/rules/env/EnvRuleClasses.h"

namespace dlint::passes::rules {

void EnvSpacesAroundSeparator::check(EnvRuleContext& context) const {
  const std::string_view text = context.source().text();
  for (const envfile::EnvEntry& entry : context.model().entries) {
    if (!entry.separator || text[entry.separator->begin] != '=')
      continue;
    const SourceRange before{entry.key.end, entry.separator->begin};
    // After: up to the value, but only when there is one (`KEY= ` is trailing white space).
    const SourceRange after{entry.separator->end, entry.value.empty() ? entry.separator->end : entry.value.begin};
    if (before.empty() && after.empty())
      continue;
    Diagnostic d = context.make(info(), before.empty() ? after : before,
                                fmt::format("white space around '=' in the assignment of '{}'", entry.keyText));
    if (!before.empty() && !after.empty())
      d.highlights.push_back(after);
    FixIt fix{"remove the white space around '='", {}, Applicability::Safe};
    for (SourceRange range : {before, after})
      if (!range.empty())
        fix.edits.push_back({range, ""});
    d.fixes.push_back(std::move(fix));
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
