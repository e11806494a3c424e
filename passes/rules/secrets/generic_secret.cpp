// SE316: A credential-named variable with a random-looking literal value is most likely a real
// secret.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(GenericSecret);

void GenericSecret::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "pass the value as a build secret: 'RUN --mount=type=secret,id=NAME,env=NAME ...' with "
                       "'docker build --secret id=NAME,env=NAME', or at run time");
}

} // namespace dlint::passes::rules
