// SE305: A Stripe secret key in a Dockerfile can move money and read customer data.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(StripeKey);

void StripeKey::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "give the key to the container at run time (a Docker or compose secret); a build that "
                       "needs it uses 'RUN --mount=type=secret,id=stripe,env=STRIPE_SECRET_KEY ...'");
}

} // namespace dlint::passes::rules
