#include "passes/env/EnvSecretScan.h"

#include <string>

#include "diagnostics/Redaction.h"
#include "secrets/SecretScanner.h"

namespace dlint::passes {

void scanEnvValuesForSecrets(EnvRuleContext& context, const RuleFilter& filter) {
  // The whole file at once, as for a Dockerfile: the generic detector needs the key next to
  // its value, and a token in a comment is in the repository all the same.
  const std::string_view text = context.source().text();
  for (const secrets::SecretMatch& match : secrets::SecretScanner::instance().scan(text)) {
    const RuleInfo* info = findRule(match.detector->rule);
    // The run's selection is the engine's filter, which still records the secret's range
    // for other diagnostics; a RuleFilter (tests, embedders) skips the detector outright.
    if (info == nullptr || (filter && !filter(*info)))
      continue;
    const SourceRange secret{static_cast<std::uint32_t>(match.secret.begin),
                             static_cast<std::uint32_t>(match.secret.end)};
    Diagnostic d = context.make(*info, secret,
                                std::string(match.detector->description) + " '" + maskSecret(match.value(text)) +
                                    "' in a .env file");
    d.secrets.push_back(secret);
    d.notes.push_back({"keep the file out of the repository and out of images (.gitignore, .dockerignore), and "
                       "revoke the credential if it was ever committed (detector '" +
                           std::string(match.detector->id) + "')",
                       std::nullopt});
    context.emit(std::move(d));
  }
}

} // namespace dlint::passes
