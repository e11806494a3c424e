// SE314: A vendor API token in a Dockerfile gives its owner's access to anyone who reads the file
// or pulls the image.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(VendorToken);

void VendorToken::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "pass the token as a build secret: 'RUN --mount=type=secret,id=token,env=TOKEN ...' with "
                       "'docker build --secret id=token,env=TOKEN', or at run time");
}

} // namespace dlint::passes::rules
