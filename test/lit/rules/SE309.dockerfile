# SE309 npm-token: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE309 %s | FileCheck %s --implicit-check-not='[SE309]' \
# RUN:   --implicit-check-not='e50mwD4bFN6n' \
# RUN:   --implicit-check-not='fygnb67kd8r4'

FROM alpine:3.20 AS build
# npm-access-token
ENV NPM=npm_skzyhxj0207z1c6v0emzayigfygnb67kd8r4
# CHECK:{{.*}}SE309.dockerfile:[[@LINE-1]]:9: error: npm access token 'npm_****' in the Dockerfile [SE309]
# CHECK-NEXT:ENV NPM=npm_************************************
# CHECK-NEXT:        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: mount the .npmrc as a build secret: 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci' with 'docker build --secret id=npmrc,src=$HOME/.npmrc'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'npm-access-token')
# npmrc-auth
RUN echo '//registry.npmjs.org/:_authToken=oGko9DRKJn7Be50mwD4bFN6n' >> /tmp/conf
# CHECK:{{.*}}SE309.dockerfile:[[@LINE-1]]:44: error: .npmrc registry credential 'oGko****' in the Dockerfile [SE309]
# CHECK-NEXT:RUN echo '//registry.npmjs.org/:_authToken=oGko********************' >> /tmp/conf
# CHECK-NEXT:                                           ^~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: mount the .npmrc as a build secret: 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci' with 'docker build --secret id=npmrc,src=$HOME/.npmrc'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'npmrc-auth')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# npm-access-token
ENV NPM=npm_skzyhxj0207z1c6v0emzayigfy
# npmrc-auth
RUN echo '//registry.npmjs.org/:_authToken=${NPM_TOKEN}' >> /tmp/conf
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 2 errors generated.
