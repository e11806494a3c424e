// EV302: variables that make a tool skip TLS certificate verification. Every process that
// reads the .env file (compose passes it to containers with env_file) then trusts any
// certificate, so a man in the middle can read and change its traffic.
#include <fmt/format.h>
#include <string>

#include "passes/rules/env/EnvRuleClasses.h"
#include "passes/rules/security/TlsVariables.h"

namespace dlint::passes::rules {

void EnvTlsVerificationDisabled::check(EnvRuleContext& context) const {
  for (const envfile::EnvEntry& entry : context.model().entries) {
    if (entry.inherited() || entry.hasReferences())
      continue;
    const tls::TlsVariable* variable = tls::disablingVariable(entry.keyText, entry.decoded);
    if (variable == nullptr)
      continue;
    SourceRange at = entry.value.empty() ? entry.key : entry.value;
    Diagnostic d = context.make(info(), at,
                                fmt::format("'{}' turns off TLS certificate verification: {}", entry.keyText,
                                            variable->what));
    d.highlights.push_back(entry.key);
    d.notes.push_back({std::string(tls::kTrustCaNote), std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
