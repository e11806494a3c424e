// EV301: a key that names a credential (DB_PASSWORD, API_TOKEN, ...) with a literal value that
// is weak: a placeholder left in place, a common password, too short, or low in entropy.
// References (`${DB_PASSWORD}`) are not literals and an empty value means "not set".
#include <fmt/format.h>

#include "passes/rules/env/EnvRuleClasses.h"
#include "secrets/Placeholders.h"
#include "secrets/SecretNames.h"

namespace dlint::passes::rules {

void EnvWeakSecretValue::check(EnvRuleContext& context) const {
  for (const envfile::EnvEntry& entry : context.model().entries) {
    if (entry.inherited() || entry.hasReferences() || !secrets::isSecretName(entry.keyText))
      continue;
    const secrets::Weakness weakness = secrets::weakness(entry.decoded);
    if (weakness == secrets::Weakness::None || weakness == secrets::Weakness::Empty)
      continue;
    Diagnostic d = context.make(info(), entry.valueContent,
                                fmt::format("the value of '{}' {}", entry.keyText, secrets::describe(weakness)));
    d.secrets.push_back(entry.valueContent);
    d.notes.push_back({"generate a strong value with 'dlint secret generate', and keep real secrets out of "
                       "files that can be committed or copied into an image",
                       std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
