// SE313: An AI provider API key in a Dockerfile bills its owner for every call anyone makes with
// it.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(AiApiKey);

void AiApiKey::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "give the key to the container at run time (a Docker or compose secret); a build that "
                       "needs it uses 'RUN --mount=type=secret,id=api_key,env=API_KEY ...'");
}

} // namespace dlint::passes::rules
