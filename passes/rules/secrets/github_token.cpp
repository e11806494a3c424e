// SE302: A GitHub token in a Dockerfile opens the repositories and organisations it was issued
// for.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(GithubToken);

void GithubToken::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "pass the token as a build secret: 'RUN "
                       "--mount=type=secret,id=github_token,env=GITHUB_TOKEN ...' with 'docker build --secret "
                       "id=github_token,env=GITHUB_TOKEN'");
}

} // namespace dlint::passes::rules
