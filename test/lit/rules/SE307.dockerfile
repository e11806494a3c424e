# SE307 private-key: the secret detectors of this group (secrets/Detectors.def), each with a true
# positive at its exact line and column and a look-alike negative in the OK section.
# The value is masked in the message and in the source line, and never printed in full.
# RUN: %expect_exit 1 %dlint --color=never --select=SE307 %s | FileCheck %s --implicit-check-not='[SE307]' \
# RUN:   --implicit-check-not='24V56SHUNEPA' \
# RUN:   --implicit-check-not='2m0PnKUFFQv6'

FROM alpine:3.20 AS build
# private-key
COPY <<EOF /tmp/key
-----BEGIN RSA PRIVATE KEY-----
VMjwak3E0yMw+lJHKwb6CqihuG5EMgpO0i+17DPi8ra+wJ0zAldJ2m0PnKUFFQv6
v+8vpDBHOFv+56TkooTZfFuB2Z8ljDL/COfyfUQb77KyKRXC3iQp2r0HHFsrRKhO
d1eDZThSKJsoXdZUBUM5G8+fn2j+c9WQCeftxIg6+7DerXE0X2DI+K/uAcUN3NRz
-----END RSA PRIVATE KEY-----
EOF
# CHECK:{{.*}}SE307.dockerfile:[[@LINE-5]]:1: error: private key 'VMjw****' in the Dockerfile [SE307]
# CHECK-NEXT:VMjw************************************************************
# CHECK-NEXT:^
# CHECK-NEXT:note: mount the key only for the step that needs it: 'RUN --mount=type=ssh ...' for git over SSH, or 'RUN --mount=type=secret,id=key,target=/run/secrets/key ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'private-key')
# putty-private-key
COPY <<EOF /tmp/key
PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: ci
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIL3mP5tUzx9eVqW
k2r1
Private-Lines: 1
VMjwak3E0yMw+lJHKwb6CqihuG5EMgpO0i+17DPi8ra+wJ0zAldJ2m0PnKUFFQv6
Private-MAC: 1f2e3d

EOF
# CHECK:{{.*}}SE307.dockerfile:[[@LINE-4]]:1: error: PuTTY private key 'VMjw****' in the Dockerfile [SE307]
# CHECK-NEXT:VMjw************************************************************
# CHECK-NEXT:^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: mount the key only for the step that needs it: 'RUN --mount=type=ssh ...' for git over SSH, or 'RUN --mount=type=secret,id=key,target=/run/secrets/key ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'putty-private-key')
# age-secret-key
ENV AGE=AGE-SECRET-KEY-1KWXK6CW8827DKAQTE66C2Q4JPVMURGAXTXRGVZZ30UEKTU24V56SHUNEPA
# CHECK:{{.*}}SE307.dockerfile:[[@LINE-1]]:9: error: age secret key 'AGE-****' in the Dockerfile [SE307]
# CHECK-NEXT:ENV AGE=AGE-**********************************************************************
# CHECK-NEXT:        ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: mount the key only for the step that needs it: 'RUN --mount=type=ssh ...' for git over SSH, or 'RUN --mount=type=secret,id=key,target=/run/secrets/key ...'
# CHECK-NEXT:note: treat it as leaked: revoke it and issue a new one, since it stays in the repository's history and in every image built from this file (detector 'age-secret-key')

# OK: look-alikes of every detector above, references and placeholders.
FROM alpine:3.20
# private-key
COPY <<EOF /tmp/key
-----BEGIN PUBLIC KEY-----
VMjwak3E0yMw+lJHKwb6CqihuG5EMgpO0i+17DPi8ra+wJ0zAldJ2m0PnKUFFQv6
v+8vpDBHOFv+56TkooTZfFuB2Z8ljDL/COfyfUQb77KyKRXC3iQp2r0HHFsrRKhO
d1eDZThSKJsoXdZUBUM5G8+fn2j+c9WQCeftxIg6+7DerXE0X2DI+K/uAcUN3NRz
-----END PUBLIC KEY-----
EOF
# putty-private-key
COPY <<EOF /tmp/key
PuTTY-User-Key-File-3: ssh-ed25519
Public-Lines: 2

EOF
# age-secret-key
ENV AGE=age1kwxk6cw8827dkaqte66c2q4jpvmurgaxtxrgvzz30uektu24v56shunepa
ENV GITHUB_TOKEN=${GITHUB_TOKEN} API_KEY=$API_KEY SECRET_KEY=changeme TOKEN=<your-token-here>
RUN --mount=type=secret,id=token,env=TOKEN ./deploy.sh
# CHECK: 3 errors generated.
