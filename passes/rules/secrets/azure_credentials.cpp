// SE312: Azure client secrets, storage keys and SAS tokens in a Dockerfile open the tenant or
// storage they belong to.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(AzureCredentials);

void AzureCredentials::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "pass the credential as a build secret ('RUN "
                       "--mount=type=secret,id=azure,env=AZURE_CLIENT_SECRET ...') or at run time; prefer a "
                       "managed identity");
}

} // namespace dlint::passes::rules
