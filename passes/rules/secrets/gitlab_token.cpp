// SE303: A GitLab token in a Dockerfile opens the projects, registries or runners it was issued
// for.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(GitlabToken);

void GitlabToken::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "pass the token as a build secret: 'RUN "
                       "--mount=type=secret,id=gitlab_token,env=GITLAB_TOKEN ...' with 'docker build --secret "
                       "id=gitlab_token,env=GITLAB_TOKEN'");
}

} // namespace dlint::passes::rules
