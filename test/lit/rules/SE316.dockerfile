# SE316 generic-secret: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE316 %s | FileCheck %s --implicit-check-not='[SE316]' \
# RUN:   --implicit-check-not='3R9qdWB5b93n' \
# RUN:   --implicit-check-not='3XYi4uAVQNB6' \
# RUN:   --implicit-check-not='vxEU6vX0qgVC' \
# RUN:   --implicit-check-not='x7VbAItolNkq'

FROM alpine:3.20 AS build
# generic-secret
ENV API_SECRET=CVgq0Xv6UExvx2XJCFfI3R9qdWB5b93n
# CHECK:{{.*}}SE316.dockerfile:[[@LINE-1]]:16: warning: high-entropy value of a secret-looking name 'CVgq****' in the Dockerfile [SE316]
# CHECK-NEXT:ENV API_SECRET=CVgq****************************
# CHECK-NEXT:               ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the value as a build secret: 'RUN --mount=type=secret,id=NAME,env=NAME ...' with 'docker build --secret id=NAME,env=NAME', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'generic-secret')
# generic-secret
ARG db_password=6BNQVAu4iYX3x7VbAItolNkq
# CHECK:{{.*}}SE316.dockerfile:[[@LINE-1]]:17: warning: high-entropy value of a secret-looking name '6BNQ****' in the Dockerfile [SE316]
# CHECK-NEXT:ARG db_password=6BNQ********************
# CHECK-NEXT:                ^~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the value as a build secret: 'RUN --mount=type=secret,id=NAME,env=NAME ...' with 'docker build --secret id=NAME,env=NAME', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'generic-secret')
# generic-secret
COPY <<EOF /app/config.json
{"clientSecret": "qkNlotIAbV7x3XYi4uAVQNB6", "clientId": "web"}
EOF
# CHECK:{{.*}}SE316.dockerfile:[[@LINE-2]]:19: warning: high-entropy value of a secret-looking name 'qkNl****' in the Dockerfile [SE316]
# CHECK-NEXT:{"clientSecret": "qkNl********************", "clientId": "web"}
# CHECK-NEXT:                  ^~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the value as a build secret: 'RUN --mount=type=secret,id=NAME,env=NAME ...' with 'docker build --secret id=NAME,env=NAME', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'generic-secret')
# generic-secret
RUN export SERVICE_TOKEN=n39b5BWdq9R3IfFCJX2xvxEU6vX0qgVC && ./register.sh
# CHECK:{{.*}}SE316.dockerfile:[[@LINE-1]]:26: warning: high-entropy value of a secret-looking name 'n39b****' in the Dockerfile [SE316]
# CHECK-NEXT:RUN export SERVICE_TOKEN=n39b**************************** && ./register.sh
# CHECK-NEXT:                         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pass the value as a build secret: 'RUN --mount=type=secret,id=NAME,env=NAME ...' with 'docker build --secret id=NAME,env=NAME', or at run time
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'generic-secret')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# generic-secret
ENV API_SECRET_FILE=CVgq0Xv6UExvx2XJCFfI3R9qdWB5b93n
# generic-secret
ARG db_password=hunter2 DB_PASSWORD_FILE=/run/secrets/db API_VERSION=2024-01-01
# generic-secret
COPY <<EOF /app/config.yaml
token_url: https://auth.example.org/token
api_key: 3f2b8c1e-9d4a-4b7e-8f1c-2a6d5e9b0c47
EOF
# generic-secret
RUN export SERVICE_TOKEN="$(cat /run/secrets/token)" && ./register.sh
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 4 warnings generated.
