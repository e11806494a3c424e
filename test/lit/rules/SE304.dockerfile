# SE304 slack-token: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE304 %s | FileCheck %s --implicit-check-not='[SE304]' \
# RUN:   --implicit-check-not='468b682ccc79' \
# RUN:   --implicit-check-not='55e5852b2dfa' \
# RUN:   --implicit-check-not='8fa4b472d3f8' \
# RUN:   --implicit-check-not='CEC0GLKrb8qC' \
# RUN:   --implicit-check-not='EO3LN9TLLXSB' \
# RUN:   --implicit-check-not='YY8QZINLbXr1'

FROM alpine:3.20 AS build
# slack-bot-token
ENV SLACK=xoxb-44282040925-997744604131-KTkkJcO0KKG1YY8QZINLbXr1
# CHECK:{{.*}}SE304.dockerfile:[[@LINE-1]]:11: error: Slack bot token 'xoxb****' in the Dockerfile [SE304]
# CHECK-NEXT:ENV SLACK=xoxb**************************************************
# CHECK-NEXT:          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token or webhook URL at run time (a Docker or compose secret, or the orchestrator's secret store), or as a build secret: 'RUN --mount=type=secret,id=slack,env=SLACK_TOKEN ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'slack-bot-token')
# slack-user-token
ENV SLACK=xoxp-96380132732-54716193270-051699229279-c417e754a01e204aa0418fa4b472d3f8
# CHECK:{{.*}}SE304.dockerfile:[[@LINE-1]]:11: error: Slack user token 'xoxp****' in the Dockerfile [SE304]
# CHECK-NEXT:ENV SLACK=xoxp**********************************************************************
# CHECK-NEXT:          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token or webhook URL at run time (a Docker or compose secret, or the orchestrator's secret store), or as a build secret: 'RUN --mount=type=secret,id=slack,env=SLACK_TOKEN ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'slack-user-token')
# slack-app-token
ENV SLACK=xapp-1-AZWUBHJBSQ3-0483767197196-d9401c771d15d023af08f8524995c719ea5b377999521ce4c3de468b682ccc79
# CHECK:{{.*}}SE304.dockerfile:[[@LINE-1]]:11: error: Slack app-level token 'xapp****' in the Dockerfile [SE304]
# CHECK-NEXT:ENV SLACK=xapp*********************************************************************************************
# CHECK-NEXT:          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token or webhook URL at run time (a Docker or compose secret, or the orchestrator's secret store), or as a build secret: 'RUN --mount=type=secret,id=slack,env=SLACK_TOKEN ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'slack-app-token')
# slack-config-token
ENV SLACK=xoxe.xoxp-1-DILUX5JJ0FD7WK91SZ960W5CLQXV8LOO6S4I1CC9ZUMUD91K3VD8RCHLV1P0AW2QO4GCYEL21XCCDMHKCWI8M8F204ASCVS4T9LQ0J59IBRFNUUW2QZ4WQWTT1CVS4IC1H9SY9NACKAL9A9M47NTEO3LN9TLLXSB
# CHECK:{{.*}}SE304.dockerfile:[[@LINE-1]]:11: error: Slack configuration token 'xoxe****' in the Dockerfile [SE304]
# CHECK-NEXT:ENV SLACK=xoxe************************************************************************************************************************************************************************
# CHECK-NEXT:          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token or webhook URL at run time (a Docker or compose secret, or the orchestrator's secret store), or as a build secret: 'RUN --mount=type=secret,id=slack,env=SLACK_TOKEN ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'slack-config-token')
# slack-legacy-token
ENV SLACK=xoxs-4807813868-34866897137-29505035785-7b9e26b319936315c4c8c4cc52651aff18c13f7da1d9a151776c55e5852b2dfa
# CHECK:{{.*}}SE304.dockerfile:[[@LINE-1]]:11: error: Slack legacy token 'xoxs****' in the Dockerfile [SE304]
# CHECK-NEXT:ENV SLACK=xoxs****************************************************************************************************
# CHECK-NEXT:          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token or webhook URL at run time (a Docker or compose secret, or the orchestrator's secret store), or as a build secret: 'RUN --mount=type=secret,id=slack,env=SLACK_TOKEN ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'slack-legacy-token')
# slack-webhook-url
RUN curl https://hooks.slack.com/services/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
# CHECK:{{.*}}SE304.dockerfile:[[@LINE-1]]:43: error: Slack webhook URL 'TBTR****' in the Dockerfile [SE304]
# CHECK-NEXT:RUN curl https://hooks.slack.com/services/TBTR******************************************
# CHECK-NEXT:                                          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token or webhook URL at run time (a Docker or compose secret, or the orchestrator's secret store), or as a build secret: 'RUN --mount=type=secret,id=slack,env=SLACK_TOKEN ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'slack-webhook-url')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# slack-bot-token
ENV SLACK=xoxb-123-456-abc
# slack-user-token
ENV SLACK=xoxp-12345
# slack-app-token
ENV SLACK=xapp-A-B
# slack-config-token
ENV SLACK=xoxe.xoxp-1-DILUX5JJ0FD7WK91SZ960W5CLQXV8LOO6S4I1CC9ZUMUD91K
# slack-legacy-token
ENV SLACK=xoxs-1-2
# slack-webhook-url
RUN echo 'see https://hooks.slack.com/services/' >> /tmp/conf
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 6 errors generated.
