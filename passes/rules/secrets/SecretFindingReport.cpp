#include "passes/rules/secrets/SecretFindingReport.h"

#include <string>

#include "diagnostics/Redaction.h"
#include "passes/analyses/SecretFindings.h"

namespace dlint::passes::rules {

void reportSecretFindings(RuleContext& context, const RuleInfo& info, std::string_view howToPass) {
  const SecretFindings& findings = context.get<SecretFindings>();
  std::string_view text = context.source().text();
  for (const SecretFinding* finding : findings.ofRule(info.code)) {
    std::string_view value = text.substr(finding->secret.begin, finding->secret.size());
    Diagnostic d = context.make(info, finding->secret,
                                std::string(finding->detector->description) + " '" + maskSecret(value) +
                                    "' in the Dockerfile");
    d.secrets.push_back(finding->secret);
    d.notes.push_back({std::string(howToPass), std::nullopt});
    d.notes.push_back({"treat it as leaked: revoke it and issue a new one, since it stays in the repository's "
                       "history and in every image built from this file (detector '" +
                           std::string(finding->detector->id) + "')",
                       std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes::rules
