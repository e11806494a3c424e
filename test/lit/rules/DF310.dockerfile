# DF310 secret-in-arg-or-env: an ARG or ENV whose name says it holds a credential. Reported: an
# ARG with no default or a placeholder one (at the name: the value comes from --build-arg), an ARG
# default or ENV value that is a literal secret (at the value, masked), and an ENV that copies a
# build argument (at the name, with a note at the ARG). Not reported: names that only look like
# credentials (*_FILE, GOPRIVATE, TOKEN_TYPE, PUBLIC_KEY, SORT_KEY), ARGs only named by secret
# mounts, placeholders, references and paths, setting-like values under a vague name ('key',
# 'auth'), a stage re-declaring an ARG reported once, and values an SE detector already reports.
# Every literal secret below is masked: its tail must never appear in the output.
# RUN: %expect_exit 1 %dlint --color=never --select=DF310 %s | FileCheck %s --match-full-lines --strict-whitespace \
# RUN:   --implicit-check-not='[DF310]' \
# RUN:   --implicit-check-not='Tulip-77' --implicit-check-not='p4ssw0rd' --implicit-check-not='Harbor' \
# RUN:   --implicit-check-not='Lm9Zr4Tw8V' --implicit-check-not='K7xL4pW9nZ' --implicit-check-not="'pw'" \
# RUN:   --implicit-check-not='Kettle-Anvil' --implicit-check-not='jsbQd' --implicit-check-not='Ha7Yx'
# The masked values do not depend on --select: an SE rule's detector still runs.
# RUN: %expect_exit 1 %dlint --color=never %s | FileCheck %s --check-prefix=ALL \
# RUN:   --implicit-check-not='Tulip-77' --implicit-check-not='p4ssw0rd' --implicit-check-not='Harbor' \
# RUN:   --implicit-check-not='Lm9Zr4Tw8V' --implicit-check-not='K7xL4pW9nZ' \
# RUN:   --implicit-check-not='Kettle-Anvil' --implicit-check-not='jsbQd' --implicit-check-not='Ha7Yx'
# ALL: {{.*}}DF310.dockerfile:{{[0-9]+}}:{{[0-9]+}}: warning: ARG 'GITHUB_TOKEN' looks like a credential{{.*}} [DF310]

# A global ARG with no default is reported once, at its name; the stages that re-declare it are not.
ARG GITHUB_TOKEN
# CHECK:{{.*}}DF310.dockerfile:[[@LINE-1]]:5: warning: ARG 'GITHUB_TOKEN' looks like a credential: a value passed with --build-arg is recorded in the image's history and provenance [DF310]
# CHECK-NEXT:ARG GITHUB_TOKEN
# CHECK-NEXT:    ^~~~~~~~~~~~
# CHECK-NEXT:note: pass it as a build secret instead: 'docker build --secret id=GITHUB_TOKEN,env=GITHUB_TOKEN' and 'RUN --mount=type=secret,id=GITHUB_TOKEN,env=GITHUB_TOKEN ...', which never stores it

# A short literal default: too short for the generic detector (SE316), so DF310 reports it.
ARG REGISTRY_PASSWORD=Tulip-77
# CHECK:{{.*}}DF310.dockerfile:[[@LINE-1]]:23: warning: ARG 'REGISTRY_PASSWORD' has the literal secret 'Tu****' as its default, in the Dockerfile and in the image's build history [DF310]
# CHECK-NEXT:ARG REGISTRY_PASSWORD=Tu******
# CHECK-NEXT:                      ^~~~~~~~
# CHECK-NEXT:note: pass it as a build secret instead: 'docker build --secret id=REGISTRY_PASSWORD,env=REGISTRY_PASSWORD' and 'RUN --mount=type=secret,id=REGISTRY_PASSWORD,env=REGISTRY_PASSWORD ...', which never stores it

# OK: global ARGs that only document secret mounts, and one whose value SE316 reports.
ARG NPM_TOKEN
ARG PIP_INDEX_TOKEN
ARG DEPLOY_PASSWORD="Plum-Kettle-Anvil-42"

FROM node:20-slim AS deps
ARG GITHUB_TOKEN
ARG NPM_TOKEN
ARG DEPLOY_PASSWORD
RUN --mount=type=secret,id=NPM_TOKEN,env=NPM_TOKEN npm ci
# An ENV that copies a build argument: at the ENV's name, with a note at the ARG it reads.
ENV GH_TOKEN=$GITHUB_TOKEN
# CHECK:{{.*}}DF310.dockerfile:[[@LINE-1]]:5: warning: ENV 'GH_TOKEN' copies build argument 'GITHUB_TOKEN' into the image's environment, where anyone who runs or pulls the image reads it [DF310]
# CHECK-NEXT:ENV GH_TOKEN=$GITHUB_TOKEN
# CHECK-NEXT:    ^~~~~~~~
# CHECK-NEXT:{{.*}}DF310.dockerfile:[[@LINE-9]]:5: note: 'GITHUB_TOKEN' is declared here
# CHECK-NEXT:ARG GITHUB_TOKEN
# CHECK-NEXT:    ^~~~~~~~~~~~
# CHECK-NEXT:note: pass it as a build secret instead: 'docker build --secret id=GH_TOKEN,env=GH_TOKEN' and 'RUN --mount=type=secret,id=GH_TOKEN,env=GH_TOKEN ...', which never stores it

FROM python:3.12-slim AS app
ARG GITHUB_TOKEN
ARG PIP_INDEX_TOKEN
RUN --mount=type=secret,id=pip,env=PIP_INDEX_TOKEN pip install --no-cache-dir -r requirements.txt
# A placeholder default is no secret, but the real value still comes from --build-arg.
ARG SECRET_KEY=changeme
# CHECK:{{.*}}DF310.dockerfile:[[@LINE-1]]:5: warning: ARG 'SECRET_KEY' looks like a credential: a value passed with --build-arg is recorded in the image's history and provenance [DF310]
# CHECK-NEXT:ARG SECRET_KEY=changeme
# CHECK-NEXT:    ^~~~~~~~~~
# A quoted default: the caret is on the value inside the quotes.
ARG DB_PASSWORD='s3cr3t-p4ssw0rd'
# CHECK:{{.*}}DF310.dockerfile:[[@LINE-1]]:18: warning: ARG 'DB_PASSWORD' has the literal secret 's3c****' as its default, in the Dockerfile and in the image's build history [DF310]
# CHECK-NEXT:ARG DB_PASSWORD='s3c************'
# CHECK-NEXT:                 ^~~~~~~~~~~~~~~
# The second pair of a continued ENV, on its own line.
ENV DB_USER=app \
    DB_PASSWORD=Harbor-9
# CHECK:{{.*}}DF310.dockerfile:[[@LINE-1]]:17: warning: ENV 'DB_PASSWORD' stores the literal secret 'Ha****' in the image's environment [DF310]
# CHECK-NEXT:    DB_PASSWORD=Ha******
# CHECK-NEXT:                ^~~~~~~~
# CHECK-NEXT:note: pass it as a build secret instead: 'docker build --secret id=DB_PASSWORD,env=DB_PASSWORD' and 'RUN --mount=type=secret,id=DB_PASSWORD,env=DB_PASSWORD ...', which never stores it
# The legacy 'ENV NAME value' form, which no '=' assignment detector sees; under a vague name
# ('key') only a random-looking value counts.
ENV API_KEY Kp7Qx2Lm9Zr4Tw8V
# CHECK:{{.*}}DF310.dockerfile:[[@LINE-1]]:13: warning: ENV 'API_KEY' stores the literal secret 'Kp7Q****' in the image's environment [DF310]
# CHECK-NEXT:ENV API_KEY Kp7Q************
# CHECK-NEXT:            ^~~~~~~~~~~~~~~~
ENV SESSION_KEY Q8vR2mK7xL4pW9nZ
# CHECK:{{.*}}DF310.dockerfile:[[@LINE-1]]:17: warning: ENV 'SESSION_KEY' stores the literal secret 'Q8vR****' in the image's environment [DF310]
# CHECK-NEXT:ENV SESSION_KEY Q8vR************
# CHECK-NEXT:                ^~~~~~~~~~~~~~~~
# A value too short to show any of it is masked whole.
ENV REDIS_PASSWORD='pw'
# CHECK:{{.*}}DF310.dockerfile:[[@LINE-1]]:21: warning: ENV 'REDIS_PASSWORD' stores the literal secret '****' in the image's environment [DF310]
# CHECK-NEXT:ENV REDIS_PASSWORD='**'
# CHECK-NEXT:                    ^~

# OK: names that hold paths, settings, public keys or module patterns.
ENV DB_PASSWORD_FILE=/run/secrets/db_password
ARG TOKEN_PATH
ENV GOPRIVATE=github.com/acme/* TOKEN_TYPE=bearer
ENV SSH_PUBLIC_KEY="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOr4dFv2mXqk8 deploy@ci"
# OK: placeholders, references and paths where a secret would go.
ENV API_TOKEN=changeme CLIENT_SECRET=${X} DB_PASS="" APP_SECRET=/run/secrets/app
ENV TLS_PRIVATE_KEY=/etc/ssl/private/app.key
# OK: vague names ('key', 'auth') with values that are settings, and lookup keys.
ARG SORT_KEY=abc
ARG USE_AUTH_PLUGIN=true
ENV SESSION_KEY=abc123
# OK: values a token detector reports (SE302, SE316): DF310 does not repeat them.
ENV GH_PAT=ghp_Q5QKbCeuPCGDuWXQrMfIhgCKYR3xQo7jsbQd
ENV RELEASE_TOKEN=ghp_Q5QKbCeuPCGDuWXQrMfIhgCKYR3xQo7jsbQd
ARG SIGNING_SECRET=Ha7YxQ2pL9mZ4wK8vR3t
# CHECK:9 warnings generated.
