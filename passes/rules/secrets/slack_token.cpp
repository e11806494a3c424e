// SE304: A Slack token or webhook URL in a Dockerfile lets anyone read or post in the workspace.
#include "passes/rules/RuleClass.h"
#include "passes/rules/secrets/SecretFindingReport.h"

namespace dlint::passes::rules {

DLINT_RULE_CLASS(SlackToken);

void SlackToken::check(RuleContext& context) const {
  reportSecretFindings(context, info(),
                       "pass the token or webhook URL at run time (a Docker or compose secret, or the "
                       "orchestrator's secret store), or as a build secret: 'RUN "
                       "--mount=type=secret,id=slack,env=SLACK_TOKEN ...'");
}

} // namespace dlint::passes::rules
