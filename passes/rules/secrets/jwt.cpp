// SE308: A signed JSON Web Token in a Dockerfile is a bearer credential until it expires.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(Jwt);

void Jwt::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "pass the token at run time or as a build secret: 'RUN "
                       "--mount=type=secret,id=token,env=TOKEN ...'");
}

} // namespace dlint::passes::rules
