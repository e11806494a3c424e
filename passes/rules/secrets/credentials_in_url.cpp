// SE315: A password in a URL, header or command line is stored in the Dockerfile and, for RUN, in
// the image's history.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(CredentialsInUrl);

void CredentialsInUrl::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "keep credentials out of URLs and command lines: mount them as a build secret ('RUN "
                       "--mount=type=secret,id=netrc,target=/root/.netrc ...' for curl, wget and git, or "
                       "'env=TOKEN' and a header built from it)");
}

} // namespace dlint::passes::rules
