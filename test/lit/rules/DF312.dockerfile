# DF312 credential-file-copied: COPY or ADD of a private key, key store, credentials file, .env
# file or credentials directory, judged by the source's name or a well-known destination, or of
# the file an ENV such as GOOGLE_APPLICATION_CREDENTIALS points at. The caret is on the source.
# Public keys, signing keys bound for keyrings, URLs, here-documents and .env templates are OK.
# RUN: %expect_exit 1 %dlint --color=never --select=DF312 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF312]'

FROM alpine:3.20 AS build
COPY id_rsa /root/.ssh/id_rsa
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:6: warning: COPY puts an SSH private key into the image, where every layer keeps it [DF312]
# CHECK-NEXT:COPY id_rsa /root/.ssh/id_rsa
# CHECK-NEXT:     ^~~~~~
# CHECK-NEXT:note: mount it for the RUN that needs it instead: 'RUN --mount=type=secret,id=NAME,target=PATH' (or '--mount=type=ssh' for SSH keys) with 'docker build --secret id=NAME,src=FILE'
COPY keys/id_ed25519 keys/deploy.ppk /root/
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:6: warning: COPY puts an SSH private key into the image, where every layer keeps it [DF312]
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-2]]:22: warning: COPY puts a PuTTY private key into the image, where every layer keeps it [DF312]
# CHECK-NEXT:COPY keys/id_ed25519 keys/deploy.ppk /root/
# CHECK-NEXT:                     ^~~~~~~~~~~~~~~
ADD certs/server.p12 certs/app.jks /etc/app/
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:5: warning: ADD puts a key store into the image, where every layer keeps it [DF312]
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-2]]:22: warning: ADD puts a key store into the image, where every layer keeps it [DF312]
COPY tls/server.key tls/server-key.pem /etc/ssl/private/
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:6: warning: COPY puts a private key into the image, where every layer keeps it [DF312]
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-2]]:21: warning: COPY puts a private key into the image, where every layer keeps it [DF312]
COPY .npmrc .pypirc .netrc .git-credentials /root/
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:6: warning: COPY puts a credentials file ('.npmrc') into the image, where every layer keeps it [DF312]
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-2]]:13: warning: COPY puts a credentials file ('.pypirc') into the image, where every layer keeps it [DF312]
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-3]]:21: warning: COPY puts a credentials file ('.netrc') into the image, where every layer keeps it [DF312]
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-4]]:28: warning: COPY puts a credentials file ('.git-credentials') into the image, where every layer keeps it [DF312]
COPY --chown=1000:1000 .pgpass .htpasswd .dockercfg /home/app/
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:24: warning: COPY puts a credentials file ('.pgpass') into the image, where every layer keeps it [DF312]
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-2]]:32: warning: COPY puts a credentials file ('.htpasswd') into the image, where every layer keeps it [DF312]
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-3]]:42: warning: COPY puts a credentials file ('.dockercfg') into the image, where every layer keeps it [DF312]
COPY credentials.json client_secret_1234.apps.googleusercontent.com.json /app/
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:6: warning: COPY puts a credentials file ('credentials.json') into the image, where every layer keeps it [DF312]
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-2]]:23: warning: COPY puts a credentials file ('client_secret_1234.apps.googleusercontent.com.json') into the image, where every layer keeps it [DF312]
COPY .env .env.production /app/
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:6: warning: COPY puts the environment file '.env' into the image, where every layer keeps it [DF312]
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-2]]:11: warning: COPY puts the environment file '.env.production' into the image, where every layer keeps it [DF312]
COPY .ssh /root/.ssh
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:6: warning: COPY puts the '.ssh' directory, which holds keys or credentials, into the image, where every layer keeps it [DF312]
COPY .aws/ /root/.aws/
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:6: warning: COPY puts the '.aws' directory, which holds keys or credentials, into the image, where every layer keeps it [DF312]
# A well-known destination is as telling as the source's name.
COPY ci/registry-auth.json /root/.docker/config.json
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:6: warning: COPY puts a credentials file ('/root/.docker/config.json') into the image, where every layer keeps it [DF312]
COPY deploy/kubeconfig.yaml /root/.kube/config
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:6: warning: COPY puts a credentials file ('/root/.kube/config') into the image, where every layer keeps it [DF312]
# Exec form, and from another stage.
COPY ["id_ecdsa", "/root/.ssh/"]
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:7: warning: COPY puts an SSH private key into the image, where every layer keeps it [DF312]
# CHECK-NEXT:COPY ["id_ecdsa", "/root/.ssh/"]
# CHECK-NEXT:      ^~~~~~~~~~

FROM python:3.12-slim AS app
COPY --from=build /root/.ssh/id_rsa /root/.ssh/
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:19: warning: COPY puts an SSH private key into the image, where every layer keeps it [DF312]
# The file GOOGLE_APPLICATION_CREDENTIALS points at, whatever its name; the note shows the ENV.
COPY gcp/service-account.json /var/secrets/google/sa.json
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:6: warning: COPY puts the credentials file that 'GOOGLE_APPLICATION_CREDENTIALS' points at into the image, where every layer keeps it [DF312]
# CHECK-NEXT:COPY gcp/service-account.json /var/secrets/google/sa.json
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:{{.*}}DF312.dockerfile:[[@LINE+2]]:5: note: 'GOOGLE_APPLICATION_CREDENTIALS' is set here
# CHECK-NEXT:ENV GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/sa.json
ENV GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/sa.json
# Into a directory, with a quoted ENV value.
ENV AWS_SHARED_CREDENTIALS_FILE="/etc/aws/creds"
COPY ci/creds /etc/aws/
# CHECK:{{.*}}DF312.dockerfile:[[@LINE-1]]:6: warning: COPY puts the credentials file that 'AWS_SHARED_CREDENTIALS_FILE' points at into the image, where every layer keeps it [DF312]

# OK: public keys, signing keys for package managers, and certificates.
COPY id_rsa.pub /root/.ssh/authorized_keys
COPY deploy.pub app.key.pub server-pub.pem /etc/keys/
COPY docker.gpg.key /etc/apt/keyrings/docker.asc
COPY repo-signing.key nodesource.key /usr/share/keyrings/
COPY RPM-GPG-KEY-acme.key /etc/pki/rpm-gpg/
COPY cert.pem fullchain.pem /etc/ssl/certs/
# OK: URLs (nothing from the build context) and here-documents (their text is the SE rules').
ADD https://example.com/keys/id_rsa /tmp/
ADD git@github.com:acme/deploy-keys.git /keys
COPY <<EOF /root/.npmrc
registry=https://npm.acme.dev/
EOF
# OK: .env templates and ordinary files.
COPY .env.example .env.sample .env.template .env.dist .env.defaults /app/
COPY README.md requirements.txt /app/
# OK: a credentials pointer whose file comes from a secret mount, not a COPY.
ENV KUBECONFIG=/run/secrets/kubeconfig
COPY kube/ /opt/kube/
RUN --mount=type=secret,id=kubeconfig,target=/run/secrets/kubeconfig kubectl version --client
# CHECK:26 warnings generated.
