// SE301: AWS credentials in a Dockerfile give whoever reads it or pulls the image the account's
// permissions.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(AwsCredentials);

void AwsCredentials::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "pass AWS credentials as a build secret: 'RUN "
                       "--mount=type=secret,id=aws,target=/root/.aws/credentials ...' with 'docker build "
                       "--secret id=aws,src=$HOME/.aws/credentials'; at run time use an IAM role or credentials "
                       "the orchestrator injects");
}

} // namespace dlint::passes::rules
