// SE307: A private key in a Dockerfile is readable by anyone with the file or the image.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(PrivateKey);

void PrivateKey::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "mount the key only for the step that needs it: 'RUN --mount=type=ssh ...' for git over "
                       "SSH, or 'RUN --mount=type=secret,id=key,target=/run/secrets/key ...'");
}

} // namespace dlint::passes::rules
