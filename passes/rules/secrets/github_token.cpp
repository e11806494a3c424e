// SE302: A GitHub token in a Dockerfile opens the repositories and organisations it was issued
// for.
#include "passes/rules/RuleClasses.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

void GithubToken::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "pass the token as a build secret: 'RUN "
                       "--mount=type=secret,id=github_token,env=GITHUB_TOKEN ...' with 'docker build --secret "
                       "id=github_token,env=GITHUB_TOKEN'");
}

} // namespace dlint::passes::rules
