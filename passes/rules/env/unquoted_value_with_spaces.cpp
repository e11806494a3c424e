// EV503: `GREETING=hello world`. compose reads one value, but a shell that sources the file
// runs `world` as a command with GREETING set, and some dotenv readers stop at the space.
// Double quotes mean the same to compose when the value has no backslash or double quote
// (escapes would start to count), so only then is the fix offered, as a safe one.
#include <fmt/format.h>

#include "passes/rules/env/EnvRuleClasses.h"

namespace dlint::passes::rules {

void EnvUnquotedValueWithSpaces::check(EnvRuleContext& context) const {
  for (const envfile::EnvEntry& entry : context.model().entries) {
    if (entry.quote != envfile::QuoteKind::None || entry.decoded.find_first_of(" \t") == std::string::npos)
      continue;
    Diagnostic d = context.make(info(), entry.value,
                                fmt::format("the value of '{}' holds white space but is not quoted", entry.keyText));
    if (entry.decoded.find_first_of("\\\"") == std::string::npos)
      d.fixes.push_back({"put the value in double quotes",
                         {{{entry.value.begin, entry.value.begin}, "\""}, {{entry.value.end, entry.value.end}, "\""}},
                         Applicability::Safe});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
