// SE306: Google API keys and service-account keys in a Dockerfile give access to the project they
// belong to.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(GoogleCredentials);

void GoogleCredentials::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "mount the key only where it is needed: 'RUN "
                       "--mount=type=secret,id=gcp,target=/run/secrets/gcp.json ...' with 'docker build --secret "
                       "id=gcp,src=key.json'; at run time prefer workload identity");
}

} // namespace dlint::passes::rules
