// SE310: A PyPI token in a Dockerfile can upload releases of its owner's projects.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(PypiToken);

void PypiToken::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "pass the token as a build secret: 'RUN --mount=type=secret,id=pypi,env=TWINE_PASSWORD "
                       "twine upload ...'");
}

} // namespace dlint::passes::rules
