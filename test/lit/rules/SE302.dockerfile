# SE302 github-token: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE302 %s | FileCheck %s --implicit-check-not='[SE302]' \
# RUN:   --implicit-check-not='DFcaP4t2I3Lb' \
# RUN:   --implicit-check-not='DGCPueCbKQ5Q' \
# RUN:   --implicit-check-not='EF5RhbBQIX3g' \
# RUN:   --implicit-check-not='El2EnrW0wT1C' \
# RUN:   --implicit-check-not='MgOCQrbWghJD' \
# RUN:   --implicit-check-not='YR3xQo7jsbQd' \
# RUN:   --implicit-check-not='dbYmGzoEcQC4'

FROM alpine:3.20 AS build
# github-pat
ENV GH=ghp_Q5QKbCeuPCGDuWXQrMfIhgCKYR3xQo7jsbQd
# CHECK:{{.*}}SE302.dockerfile:[[@LINE-1]]:8: error: GitHub personal access token 'ghp_****' in the Dockerfile [SE302]
# CHECK-NEXT:ENV GH=ghp_************************************
# CHECK-NEXT:       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN ...' with 'docker build --secret id=github_token,env=GITHUB_TOKEN'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'github-pat')
# github-fine-grained-pat
ENV GH=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
# CHECK:{{.*}}SE302.dockerfile:[[@LINE-1]]:8: error: GitHub fine-grained personal access token 'gith****' in the Dockerfile [SE302]
# CHECK-NEXT:ENV GH=gith*****************************************************************************************
# CHECK-NEXT:       ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN ...' with 'docker build --secret id=github_token,env=GITHUB_TOKEN'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'github-fine-grained-pat')
# github-oauth-token
RUN echo 'x gho_Fz0hEh4fR5a8fiFUnkbcl8pAdbYmGzoEcQC4' >> /tmp/conf
# CHECK:{{.*}}SE302.dockerfile:[[@LINE-1]]:13: error: GitHub OAuth access token 'gho_****' in the Dockerfile [SE302]
# CHECK-NEXT:RUN echo 'x gho_************************************' >> /tmp/conf
# CHECK-NEXT:            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN ...' with 'docker build --secret id=github_token,env=GITHUB_TOKEN'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'github-oauth-token')
# github-app-user-token
RUN echo 'x ghu_jUfrnVOSjhJtyzF9o3YTCluIDFcaP4t2I3Lb' >> /tmp/conf
# CHECK:{{.*}}SE302.dockerfile:[[@LINE-1]]:13: error: GitHub App user-to-server token 'ghu_****' in the Dockerfile [SE302]
# CHECK-NEXT:RUN echo 'x ghu_************************************' >> /tmp/conf
# CHECK-NEXT:            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN ...' with 'docker build --secret id=github_token,env=GITHUB_TOKEN'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'github-app-user-token')
# github-app-installation-token
RUN echo 'x ghs_b02LYSVwBXIAA6HPSUNNbZ1IMgOCQrbWghJD' >> /tmp/conf
# CHECK:{{.*}}SE302.dockerfile:[[@LINE-1]]:13: error: GitHub App installation token 'ghs_****' in the Dockerfile [SE302]
# CHECK-NEXT:RUN echo 'x ghs_************************************' >> /tmp/conf
# CHECK-NEXT:            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN ...' with 'docker build --secret id=github_token,env=GITHUB_TOKEN'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'github-app-installation-token')
# github-refresh-token
RUN echo 'x ghr_eShIXdkyUOuPtoA4LwdMvXF6El2EnrW0wT1C' >> /tmp/conf
# CHECK:{{.*}}SE302.dockerfile:[[@LINE-1]]:13: error: GitHub refresh token 'ghr_****' in the Dockerfile [SE302]
# CHECK-NEXT:RUN echo 'x ghr_************************************' >> /tmp/conf
# CHECK-NEXT:            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN ...' with 'docker build --secret id=github_token,env=GITHUB_TOKEN'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'github-refresh-token')
# github-pat
RUN <<EOF
set -eu
git clone https://x-access-token:ghp_dQbsj7oQx3RYKCghIfMrQXWuDGCPueCbKQ5Q@github.com/acme/app.git
EOF
# CHECK:{{.*}}SE302.dockerfile:[[@LINE-2]]:34: error: GitHub personal access token 'ghp_****' in the Dockerfile [SE302]
# CHECK-NEXT:git clone https://x-access-token:ghp_************************************@github.com/acme/app.git
# CHECK-NEXT:                                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the token as a build secret: 'RUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN ...' with 'docker build --secret id=github_token,env=GITHUB_TOKEN'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'github-pat')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# github-pat
ENV GH=ghp_Q5QKbCeuPCGDuWXQrMfIhgCKYR3xQo7jsbQ
# github-fine-grained-pat
ENV GH=github_pat_qVNUHQgYnzSY24iAi6mAf6_xxisAy
# github-oauth-token
RUN echo 'x gho_Fz0hEh4fR5a8fiFUnkbcl8pAdbYmGzoEcQC4Z' >> /tmp/conf
# github-app-user-token
RUN echo 'x ghu_a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1' >> /tmp/conf
# github-app-installation-token
RUN echo 'x GHS_b02LYSVwBXIAA6HPSUNNbZ1IMgOCQrbWghJD' >> /tmp/conf
# github-refresh-token
RUN echo 'x ghr-eShIXdkyUOuPtoA4LwdMvXF6El2EnrW0wT1C' >> /tmp/conf
# github-pat
RUN git clone https://x-access-token:${GITHUB_TOKEN}@github.com/acme/app.git
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 7 errors generated.
