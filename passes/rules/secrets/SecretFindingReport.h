#pragma once
// What the SE rules share: each reports the SecretFindings of its provider group the same way,
// at the secret value, masked in the message, with its range in Diagnostic::secrets so every
// output masks the bytes, and a note on how that kind of credential should reach a build.

#include <string_view>

#include "passes/Rule.h"

namespace dlint::passes::rules {

/// Reports every finding of rule `info` (`GitHub personal access token 'ghp_****' in the
/// Dockerfile`), with `howToPass` as the first note.
void reportSecretFindings(RuleContext& context, const RuleInfo& info, std::string_view howToPass);

} // namespace dlint::passes::rules
