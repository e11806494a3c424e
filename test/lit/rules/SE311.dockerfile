# SE311 docker-hub-token: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE311 %s | FileCheck %s --implicit-check-not='[SE311]' \
# RUN:   --implicit-check-not='TXBQC-2E9aK_' \
# RUN:   --implicit-check-not='bHlxUkJWMQ==' \
# RUN:   --implicit-check-not='vh5vAVJ0Cn3E'

FROM alpine:3.20 AS build
# docker-hub-pat
RUN echo dckr_pat_WLz6meUrjJ4ZRCBvh5vAVJ0Cn3E | docker login
# CHECK:{{.*}}SE311.dockerfile:[[@LINE-1]]:10: error: Docker Hub personal access token 'dckr****' in the Dockerfile [SE311]
# CHECK-NEXT:RUN echo dckr******************************** | docker login
# CHECK-NEXT:         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: mount the registry credential as a build secret: 'RUN --mount=type=secret,id=docker,target=/root/.docker/config.json ...', or log in outside the build
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'docker-hub-pat')
# docker-hub-org-token
RUN echo dckr_oat_pGDFaCC7hcdXzY0ZAUZcTXBQC-2E9aK_ |
# CHECK:{{.*}}SE311.dockerfile:[[@LINE-1]]:10: error: Docker Hub organization access token 'dckr****' in the Dockerfile [SE311]
# CHECK-NEXT:RUN echo dckr************************************* |
# CHECK-NEXT:         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: mount the registry credential as a build secret: 'RUN --mount=type=secret,id=docker,target=/root/.docker/config.json ...', or log in outside the build
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'docker-hub-org-token')
# docker-config-auth
RUN echo '{"auths":{"registry.example.org":{"auth":"Y2k6MklwZ1ZXc0RQbHlxUkJWMQ=="}}}' >> /tmp/conf
# CHECK:{{.*}}SE311.dockerfile:[[@LINE-1]]:53: error: Docker config.json registry credential 'Y2k6****' in the Dockerfile [SE311]
# CHECK-NEXT:RUN echo '{"auths":{"registry.example.org":{"auth":"Y2k6************************"}}}' >> /tmp/conf
# CHECK-NEXT:                                                    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: mount the registry credential as a build secret: 'RUN --mount=type=secret,id=docker,target=/root/.docker/config.json ...', or log in outside the build
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'docker-config-auth')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# docker-hub-pat
RUN echo dckr_pat_WLz6meUrjJ4ZRCBvh5vAV
# docker-hub-org-token
RUN echo dckr_oat_short
# docker-config-auth
RUN echo '{"auths":{"registry.example.org":{}}, "credsStore": "desktop"}' >> /tmp/conf
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 3 errors generated.
