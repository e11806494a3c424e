# SE303 gitlab-token: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE303 %s | FileCheck %s --implicit-check-not='[SE303]' \
# RUN:   --implicit-check-not='261d3b199c8c' \
# RUN:   --implicit-check-not='8kYUK8aBfxnO' \
# RUN:   --implicit-check-not='Sn9KKbBh6ajD' \
# RUN:   --implicit-check-not='VcYuCTIMsEME' \
# RUN:   --implicit-check-not='ZAxFhyfMMOkU' \
# RUN:   --implicit-check-not='d2tjtFgQ930O' \
# RUN:   --implicit-check-not='ohEGoY8OdqN2' \
# RUN:   --implicit-check-not='xPGhp99P7SCL'

FROM alpine:3.20 AS build
# gitlab-pat
RUN echo 'GL=glpat-6YdGfr9RohEGoY8OdqN2 ' >> /tmp/conf
# CHECK:{{.*}}SE303.dockerfile:[[@LINE-1]]:14: error: GitLab personal access token 'glpa****' in the Dockerfile [SE303]
# CHECK-NEXT:RUN echo 'GL=glpa********************** ' >> /tmp/conf
# CHECK-NEXT:             ^~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=gitlab_token,env=GITLAB_TOKEN ...' with 'docker build --secret id=gitlab_token,env=GITLAB_TOKEN'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'gitlab-pat')
# gitlab-pipeline-trigger-token
ENV t=glptt-3025b9b6786ae073c4bcd6b096c4261d3b199c8c
# CHECK:{{.*}}SE303.dockerfile:[[@LINE-1]]:7: error: GitLab pipeline trigger token 'glpt****' in the Dockerfile [SE303]
# CHECK-NEXT:ENV t=glpt******************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=gitlab_token,env=GITLAB_TOKEN ...' with 'docker build --secret id=gitlab_token,env=GITLAB_TOKEN'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'gitlab-pipeline-trigger-token')
# gitlab-runner-token
ENV t=glrt-dUeqag0cVcYuCTIMsEME
# CHECK:{{.*}}SE303.dockerfile:[[@LINE-1]]:7: error: GitLab runner authentication token 'glrt****' in the Dockerfile [SE303]
# CHECK-NEXT:ENV t=glrt*********************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=gitlab_token,env=GITLAB_TOKEN ...' with 'docker build --secret id=gitlab_token,env=GITLAB_TOKEN'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'gitlab-runner-token')
# gitlab-runner-registration-token
ENV t=GR1348941KwlTDRLwd2tjtFgQ930O
# CHECK:{{.*}}SE303.dockerfile:[[@LINE-1]]:7: error: GitLab runner registration token 'GR13****' in the Dockerfile [SE303]
# CHECK-NEXT:ENV t=GR13*************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=gitlab_token,env=GITLAB_TOKEN ...' with 'docker build --secret id=gitlab_token,env=GITLAB_TOKEN'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'gitlab-runner-registration-token')
# gitlab-deploy-token
ENV t=gldt-W5ghrr5exPGhp99P7SCL
# CHECK:{{.*}}SE303.dockerfile:[[@LINE-1]]:7: error: GitLab deploy token 'gldt****' in the Dockerfile [SE303]
# CHECK-NEXT:ENV t=gldt*********************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=gitlab_token,env=GITLAB_TOKEN ...' with 'docker build --secret id=gitlab_token,env=GITLAB_TOKEN'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'gitlab-deploy-token')
# gitlab-cicd-job-token
ENV t=glcbt-UU6TjSaFZAxFhyfMMOkU
# CHECK:{{.*}}SE303.dockerfile:[[@LINE-1]]:7: error: GitLab CI/CD job token 'glcb****' in the Dockerfile [SE303]
# CHECK-NEXT:ENV t=glcb**********************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=gitlab_token,env=GITLAB_TOKEN ...' with 'docker build --secret id=gitlab_token,env=GITLAB_TOKEN'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'gitlab-cicd-job-token')
# gitlab-feed-token
ENV t=glft-NX8YgBYLSn9KKbBh6ajD
# CHECK:{{.*}}SE303.dockerfile:[[@LINE-1]]:7: error: GitLab feed token 'glft****' in the Dockerfile [SE303]
# CHECK-NEXT:ENV t=glft*********************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=gitlab_token,env=GITLAB_TOKEN ...' with 'docker build --secret id=gitlab_token,env=GITLAB_TOKEN'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'gitlab-feed-token')
# gitlab-agent-token
ENV t=glagent-gRUvzCkhdrZwoVzNRZV9GCniD4TDdsnllCfDzF8kYUK8aBfxnO
# CHECK:{{.*}}SE303.dockerfile:[[@LINE-1]]:7: error: GitLab Kubernetes agent token 'glag****' in the Dockerfile [SE303]
# CHECK-NEXT:ENV t=glag******************************************************
# CHECK-NEXT:      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=gitlab_token,env=GITLAB_TOKEN ...' with 'docker build --secret id=gitlab_token,env=GITLAB_TOKEN'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'gitlab-agent-token')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# gitlab-pat
ENV GL=glpat-6YdGfr9RohEGoY8Odq
# gitlab-pipeline-trigger-token
ENV t=glptt-3025B9B6786AE073C4BCD6B096C4261D3B199C8C
# gitlab-runner-token
ENV t=glrt-dUeqag0cVcYuCTIMsEMEabc
# gitlab-runner-registration-token
ENV t=GR1348941KwlTDRLwd2tjtFgQ
# gitlab-deploy-token
ENV t=gldt-short
# gitlab-cicd-job-token
ENV t=glcbt-UU6TjSaFZA
# gitlab-feed-token
ENV t=glft-NX8YgBYLSn9KKbB
# gitlab-agent-token
ENV t=glagent-gRUvzCkhdrZwoVzNRZV9GCniD4TDdsnl
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 8 errors generated.
