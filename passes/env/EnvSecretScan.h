#pragma once
// The one place where the secret engine's token detectors (the SE rules) run over a .env
// file's values. Key-name checks on .env files are EV301's; token formats (a GitHub token, an
// AWS key, a private key block, a URL with a password) are the SE detectors', whatever the key.

#include "passes/Linter.h"
#include "passes/env/EnvRule.h"

namespace dlint::passes {

/// Runs the SE detectors over the whole file (the generic detector needs each key next to its
/// value; multi-line values such as PEM blocks stay whole) and reports their findings through
/// `context`, at the secret, with its range in Diagnostic::secrets. Rules `filter` rejects
/// are skipped.
void scanEnvValuesForSecrets(EnvRuleContext& context, const RuleFilter& filter);

} // namespace dlint::passes
