// SE309: An npm token in a Dockerfile can publish packages in its owner's name.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(NpmToken);

void NpmToken::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "mount the .npmrc as a build secret: 'RUN "
                       "--mount=type=secret,id=npmrc,target=/root/.npmrc npm ci' with 'docker build --secret "
                       "id=npmrc,src=$HOME/.npmrc'");
}

} // namespace dlint::passes::rules
