# DF311 cli-login-without-secret-mount: a RUN logs a registry or cloud CLI in (docker/podman/
# buildah/skopeo/nerdctl/oras/finch/regctl/cosign login, helm registry login, crane auth login,
# aws configure set <credential>|import, gcloud auth activate-service-account|login --cred-file,
# az login with a password, service principal or federated token, gh auth login, doctl auth
# init, vault login, npm/pnpm login|adduser, npm/pnpm/yarn config set <auth key>, yarn npm
# login) and has no --mount=type=secret. The range runs from the tool to the last word that
# names the login. A secret mount anywhere on the RUN, logins that need no secret (az login
# --identity, plain gcloud auth login), other subcommands, and 'login' as an argument are OK.
# Static 'sh -c' strings and exec-form RUNs are read too, and global options before the
# subcommand are skipped with their values ('docker --config DIR login').
# RUN: %expect_exit 1 %dlint --color=never --select=DF311 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF311]'

FROM docker:27-cli AS push
RUN echo "$REG_PASS" | docker login -u bot --password-stdin registry.example.com
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:24: warning: 'docker login' runs in a RUN without a secret mount: its credentials come from a build argument, the environment or the Dockerfile and stay in the image or its history [DF311]
# CHECK-NEXT:RUN echo "$REG_PASS" | docker login -u bot --password-stdin registry.example.com
# CHECK-NEXT:                       ^~~~~~~~~~~~
# CHECK-NEXT:note: mount them for this RUN only: 'RUN --mount=type=secret,id=NAME,env=VAR ...' with 'docker build --secret id=NAME,...'; a login that writes a config file (~/.docker/config.json, ~/.aws/credentials, ~/.npmrc) should also remove it in the same RUN
# Every registry client, on one line.
RUN podman login q && buildah login q && skopeo login q && nerdctl login q && oras login q && finch login q && cosign login q
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:5: warning: 'podman login' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-2]]:23: warning: 'buildah login' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-3]]:42: warning: 'skopeo login' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-4]]:60: warning: 'nerdctl login' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-5]]:79: warning: 'oras login' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-6]]:95: warning: 'finch login' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-7]]:112: warning: 'cosign login' runs in a RUN without a secret mount{{.*}}
RUN regctl registry login ghcr.io && helm registry login ghcr.io -u bot && crane auth login ghcr.io -u bot
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:5: warning: 'regctl registry login' runs in a RUN without a secret mount{{.*}}
# CHECK-NEXT:RUN regctl registry login ghcr.io && helm registry login ghcr.io -u bot && crane auth login ghcr.io -u bot
# CHECK-NEXT:    ^~~~~~~~~~~~~~~~~~~~~
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-4]]:38: warning: 'helm registry login' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-5]]:76: warning: 'crane auth login' runs in a RUN without a secret mount{{.*}}
# Through an absolute path and wrappers, and on the second line of a continued RUN.
RUN /usr/bin/docker login a && sudo docker login b && \
    env HOME=/tmp docker login c
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-2]]:5: warning: 'docker login' runs in a RUN without a secret mount{{.*}}
# CHECK-NEXT:RUN /usr/bin/docker login a && sudo docker login b && \
# CHECK-NEXT:    ^~~~~~~~~~~~~~~~~~~~~
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-5]]:37: warning: 'docker login' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-5]]:19: warning: 'docker login' runs in a RUN without a secret mount{{.*}}
# CHECK-NEXT:    env HOME=/tmp docker login c
# CHECK-NEXT:                  ^~~~~~~~~~~~
# In a here-document script.
RUN <<EOF
set -e
docker login -u bot ghcr.io
EOF
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-2]]:1: warning: 'docker login' runs in a RUN without a secret mount{{.*}}
# A mount of another type is no secret mount.
RUN --mount=type=ssh --mount=type=cache,target=/root/.cache docker login ghcr.io
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:61: warning: 'docker login' runs in a RUN without a secret mount{{.*}}
# Global options before the subcommand, with their values: the login is still found.
RUN docker --config /tmp/dcfg login -u bot ghcr.io && aws --profile ci configure set aws_secret_access_key "$SK"
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:5: warning: 'docker login' runs in a RUN without a secret mount{{.*}}
# CHECK-NEXT:RUN docker --config /tmp/dcfg login -u bot ghcr.io && aws --profile ci configure set aws_secret_access_key "$SK"
# CHECK-NEXT:    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-4]]:55: warning: 'aws configure set' runs in a RUN without a secret mount{{.*}}
RUN gcloud --project acme auth activate-service-account --key-file=/tmp/k.json
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:5: warning: 'gcloud auth activate-service-account' runs in a RUN without a secret mount{{.*}}
# OK: 'login' as the value of a global option (a context or host named 'login').
RUN docker --context login ps && docker -H login images

FROM amazon/aws-cli:2.17.0 AS cloud
RUN aws configure set aws_access_key_id "$AK" && aws configure set default.aws_secret_access_key "$SK"
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:5: warning: 'aws configure set' runs in a RUN without a secret mount{{.*}}
# CHECK-NEXT:RUN aws configure set aws_access_key_id "$AK" && aws configure set default.aws_secret_access_key "$SK"
# CHECK-NEXT:    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-4]]:50: warning: 'aws configure set' runs in a RUN without a secret mount{{.*}}
RUN aws configure set profile.ci.aws_session_token "$ST" && aws configure import --csv file://creds.csv
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:5: warning: 'aws configure set' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-2]]:61: warning: 'aws configure import' runs in a RUN without a secret mount{{.*}}
RUN gcloud auth activate-service-account --key-file=/tmp/sa.json && gcloud auth login --cred-file=/tmp/c.json
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:5: warning: 'gcloud auth activate-service-account' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-2]]:69: warning: 'gcloud auth login' runs in a RUN without a secret mount{{.*}}
RUN az login --service-principal -u "$ID" --tenant "$T" && az login -u me -p "$PW" && az login --federated-token "$FT"
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:5: warning: 'az login' runs in a RUN without a secret mount{{.*}}
# CHECK-NEXT:RUN az login --service-principal -u "$ID" --tenant "$T" && az login -u me -p "$PW" && az login --federated-token "$FT"
# CHECK-NEXT:    ^~~~~~~~
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-4]]:60: warning: 'az login' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-5]]:87: warning: 'az login' runs in a RUN without a secret mount{{.*}}
RUN gh auth login --with-token < /tmp/t && doctl auth init -t "$DO" && vault login -method=userpass
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:5: warning: 'gh auth login' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-2]]:44: warning: 'doctl auth init' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-3]]:72: warning: 'vault login' runs in a RUN without a secret mount{{.*}}

FROM node:20-slim AS web
RUN npm login && pnpm adduser && yarn npm login
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:5: warning: 'npm login' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-2]]:18: warning: 'pnpm adduser' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-3]]:34: warning: 'yarn npm login' runs in a RUN without a secret mount{{.*}}
# CHECK-NEXT:RUN npm login && pnpm adduser && yarn npm login
# CHECK-NEXT:                                 ^~~~~~~~~~~~~~
RUN npm config set //registry.npmjs.org/:_authToken "$NPM_TOKEN" && yarn config set npmAuthToken "$T"
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:5: warning: 'npm config set' runs in a RUN without a secret mount{{.*}}
# CHECK-NEXT:RUN npm config set //registry.npmjs.org/:_authToken "$NPM_TOKEN" && yarn config set npmAuthToken "$T"
# CHECK-NEXT:    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-4]]:69: warning: 'yarn config set' runs in a RUN without a secret mount{{.*}}
RUN npm config set _auth "$A" && pnpm config set //npm.acme.dev/:_password "$P"
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:5: warning: 'npm config set' runs in a RUN without a secret mount{{.*}}
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-2]]:34: warning: 'pnpm config set' runs in a RUN without a secret mount{{.*}}

# OK: the same logins with a secret mount on their RUN.
RUN --mount=type=secret,id=reg,env=REG_PASS echo "$REG_PASS" | docker login -u bot --password-stdin ghcr.io
RUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws configure set region eu-west-1 && aws configure import --csv file:///run/secrets/c
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm config set //registry.npmjs.org/:_authToken "$(cat /run/secrets/t)"
RUN --mount=type=secret,id=sa gcloud auth activate-service-account --key-file=/run/secrets/sa
# OK: logins that need no secret, settings that are not credentials, other subcommands.
RUN az login --identity && gcloud auth login && gcloud auth configure-docker
RUN aws configure set region eu-west-1 && npm config set registry https://npm.acme.dev/ && yarn config set npmRegistryServer x
RUN docker logout ghcr.io && docker pull login && helm repo add acme https://charts.acme.dev && gh auth status
# In the script of a static 'sh -c' string, and in an exec-form RUN.
RUN sh -c 'docker login ghcr.io'
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:12: warning: 'docker login' runs in a RUN without a secret mount{{.*}}
RUN ["docker", "login", "-u", "bot", "ghcr.io"]
# CHECK:{{.*}}DF311.dockerfile:[[@LINE-1]]:6: warning: 'docker login' runs in a RUN without a secret mount{{.*}}
# CHECK-NEXT:RUN ["docker", "login", "-u", "bot", "ghcr.io"]
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~
# OK: 'login' as an argument, a 'sh -c' string built from a variable, a secret-mounted exec form.
RUN echo docker login && apt-get install -y login && sh -c "$LOGIN_COMMAND"
RUN --mount=type=secret,id=reg ["docker", "login", "ghcr.io"]
# CHECK:40 warnings generated.
