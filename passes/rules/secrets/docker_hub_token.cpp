// SE311: A Docker Hub token or registry credential in a Dockerfile can push images in its owner's
// name.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(DockerHubToken);

void DockerHubToken::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "mount the registry credential as a build secret: 'RUN "
                       "--mount=type=secret,id=docker,target=/root/.docker/config.json ...', or log in outside "
                       "the build");
}

} // namespace dlint::passes::rules
