# SE315 credentials-in-url: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE315 %s | FileCheck %s --implicit-check-not='[SE315]' \
# RUN:   --implicit-check-not='1SLxdV15ww7e' \
# RUN:   --implicit-check-not='DJbpTB2GT8hJ' \
# RUN:   --implicit-check-not='GgECxo62V5e4' \
# RUN:   --implicit-check-not='SWxMvzsk5tM6' \
# RUN:   --implicit-check-not='eqB69vVgxRT9' \
# RUN:   --implicit-check-not='gVv96Bqe2X5w' \
# RUN:   --implicit-check-not='j1ibakJm2jFz'

FROM alpine:3.20 AS build
# url-credentials
RUN git clone https://ci:w5X2eqB69vVgxRT9@git.example.org/app.git
# CHECK:{{.*}}SE315.dockerfile:[[@LINE-1]]:26: error: URL password 'w5X2****' in the Dockerfile [SE315]
# CHECK-NEXT:RUN git clone https://ci:w5X2************@git.example.org/app.git
# CHECK-NEXT:                         ^~~~~~~~~~~~~~~~
# CHECK-NEXT:note: keep credentials out of URLs and command lines: mount them as a build secret ('RUN --mount=type=secret,id=netrc,target=/root/.netrc ...' for curl, wget and git, or 'env=TOKEN' and a header built from it)
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'url-credentials')
# authorization-header
RUN curl -H "Authorization: Bearer Ha9bjPDETWJeagALDCk-gLuHusKQj1ibakJm2jFz" https://api.example.org
# CHECK:{{.*}}SE315.dockerfile:[[@LINE-1]]:36: error: Authorization header credential 'Ha9b****' in the Dockerfile [SE315]
# CHECK-NEXT:RUN curl -H "Authorization: Bearer Ha9b************************************" https://api.example.org
# CHECK-NEXT:                                   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: keep credentials out of URLs and command lines: mount them as a build secret ('RUN --mount=type=secret,id=netrc,target=/root/.netrc ...' for curl, wget and git, or 'env=TOKEN' and a header built from it)
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'authorization-header')
# api-key-header
RUN curl -H "X-API-Key: MAoWmgsCKdp1MgiXS4MW1SLxdV15ww7e" https://api.example.org
# CHECK:{{.*}}SE315.dockerfile:[[@LINE-1]]:25: error: API key header value 'MAoW****' in the Dockerfile [SE315]
# CHECK-NEXT:RUN curl -H "X-API-Key: MAoW****************************" https://api.example.org
# CHECK-NEXT:                        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: keep credentials out of URLs and command lines: mount them as a build secret ('RUN --mount=type=secret,id=netrc,target=/root/.netrc ...' for curl, wget and git, or 'env=TOKEN' and a header built from it)
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'api-key-header')
# curl-user-password
RUN curl -fsS -u deploy:TtDJbpTB2GT8hJ https://repo.example.org
# CHECK:{{.*}}SE315.dockerfile:[[@LINE-1]]:25: error: 'curl --user' password 'TtD****' in the Dockerfile [SE315]
# CHECK-NEXT:RUN curl -fsS -u deploy:TtD*********** https://repo.example.org
# CHECK-NEXT:                        ^~~~~~~~~~~~~~
# CHECK-NEXT:note: keep credentials out of URLs and command lines: mount them as a build secret ('RUN --mount=type=secret,id=netrc,target=/root/.netrc ...' for curl, wget and git, or 'env=TOKEN' and a header built from it)
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'curl-user-password')
# wget-password
RUN wget --user=ci --password=KdGgECxo62V5e4 https://repo.example.org/a.tgz
# CHECK:{{.*}}SE315.dockerfile:[[@LINE-1]]:31: error: wget password option 'KdG****' in the Dockerfile [SE315]
# CHECK-NEXT:RUN wget --user=ci --password=KdG*********** https://repo.example.org/a.tgz
# CHECK-NEXT:                              ^~~~~~~~~~~~~~
# CHECK-NEXT:note: keep credentials out of URLs and command lines: mount them as a build secret ('RUN --mount=type=secret,id=netrc,target=/root/.netrc ...' for curl, wget and git, or 'env=TOKEN' and a header built from it)
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'wget-password')
# docker-login-password
RUN docker login -u ci -p Tv3qmaSWxMvzsk5tM6 registry.example.org
# CHECK:{{.*}}SE315.dockerfile:[[@LINE-1]]:27: error: 'docker login' password option 'Tv3q****' in the Dockerfile [SE315]
# CHECK-NEXT:RUN docker login -u ci -p Tv3q************** registry.example.org
# CHECK-NEXT:                          ^~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: keep credentials out of URLs and command lines: mount them as a build secret ('RUN --mount=type=secret,id=netrc,target=/root/.netrc ...' for curl, wget and git, or 'env=TOKEN' and a header built from it)
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'docker-login-password')
# url-credentials
ENV DATABASE_URL=postgres://app:9TRxgVv96Bqe2X5w@db:5432/app
# CHECK:{{.*}}SE315.dockerfile:[[@LINE-1]]:33: error: URL password '9TRx****' in the Dockerfile [SE315]
# CHECK-NEXT:ENV DATABASE_URL=postgres://app:9TRx************@db:5432/app
# CHECK-NEXT:                                ^~~~~~~~~~~~~~~~
# CHECK-NEXT:note: keep credentials out of URLs and command lines: mount them as a build secret ('RUN --mount=type=secret,id=netrc,target=/root/.netrc ...' for curl, wget and git, or 'env=TOKEN' and a header built from it)
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'url-credentials')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# url-credentials
RUN git clone https://ci@git.example.org/app.git https://ci:${GIT_TOKEN}@git.example.org/app.git
# authorization-header
RUN curl -H "Authorization: Bearer $API_TOKEN" https://api.example.org
# api-key-header
RUN curl -H "X-API-Key: ${API_KEY}" https://api.example.org
# curl-user-password
RUN curl -fsS -u "deploy:$DEPLOY_PASSWORD" https://repo.example.org
# wget-password
RUN wget --user=ci --password="$WGET_PASSWORD" https://repo.example.org/a.tgz
# docker-login-password
RUN docker login -u ci --password-stdin registry.example.org
# url-credentials
ENV DATABASE_URL=postgres://app@db:5432/app REDIS_URL=redis://:${REDIS_PASSWORD}@cache:6379/0
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 7 errors generated.
