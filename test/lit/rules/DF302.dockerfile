# DF302 sudo-in-run: a RUN calls 'sudo' or 'su' (argv[0], after wrappers such as 'env' or
# 'timeout', inside $(...) and here-document scripts, or as an exec-form RUN) in any stage. The
# caret is on the 'sudo' or 'su' word; a plain leading 'sudo' (no options, not after a wrapper) has
# an unsafe fix that removes it, so its '~' covers the space after it too. A 'sudo' that is only an argument, 'gosu', 'su-exec',
# the unparsed text of 'sh -c' strings, and 'su' run by root (it only drops privileges) are not reported.
# RUN: %expect_exit 1 %dlint --color=never --select=DF302 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF302]'

# A build stage counts too: sudo behaves no better there.
FROM debian:bookworm-slim AS build
RUN sudo apt-get update
# CHECK:{{.*}}DF302.dockerfile:[[@LINE-1]]:5: warning: RUN calls 'sudo'; switch users with the USER instruction instead [DF302]
# CHECK-NEXT:RUN sudo apt-get update
# CHECK-NEXT:    ^~~~~
# CHECK-NEXT:note: a RUN already runs as the stage's USER: put 'USER root' before the steps that need root and switch back after them; to drop root when the container starts, use gosu or su-exec

# On the third line of a continued RUN, with options and an absolute path.
RUN set -eux; \
    mkdir -p /opt/app \
    && /usr/bin/sudo -u app make -C /opt/app
# CHECK:{{.*}}DF302.dockerfile:[[@LINE-1]]:8: warning: RUN calls 'sudo'; switch users with the USER instruction instead [DF302]
# CHECK-NEXT:    && /usr/bin/sudo -u app make -C /opt/app
# CHECK-NEXT:       ^~~~~~~~~~~~~

FROM node:20-slim
USER node
# Every 'su' form run by a user that is not root: 'su -c', 'su - user -c', two in one RUN.
RUN su -c 'npm ci' node && su - node -c 'npm test'
# CHECK:{{.*}}DF302.dockerfile:[[@LINE-1]]:5: warning: RUN calls 'su'; switch users with the USER instruction instead [DF302]
# CHECK-NEXT:RUN su -c 'npm ci' node && su - node -c 'npm test'
# CHECK-NEXT:    ^~
# CHECK:{{.*}}DF302.dockerfile:[[@LINE-4]]:28: warning: RUN calls 'su'; switch users with the USER instruction instead [DF302]
# CHECK-NEXT:RUN su -c 'npm ci' node && su - node -c 'npm test'
# CHECK-NEXT:                           ^~

# Inside $(...), after wrappers, in a here-document script, and an exec-form RUN.
RUN echo "uid=$(sudo id -u)"
# CHECK:{{.*}}DF302.dockerfile:[[@LINE-1]]:17: warning: RUN calls 'sudo'; switch users with the USER instruction instead [DF302]
RUN env DEBIAN_FRONTEND=noninteractive sudo apt-get install -y git; timeout 60 sudo npm ci
# CHECK:{{.*}}DF302.dockerfile:[[@LINE-1]]:40: warning: RUN calls 'sudo'; switch users with the USER instruction instead [DF302]
# CHECK:{{.*}}DF302.dockerfile:[[@LINE-2]]:80: warning: RUN calls 'sudo'; switch users with the USER instruction instead [DF302]
RUN <<EOF
set -e
  sudo chown -R node /app
EOF
# CHECK:{{.*}}DF302.dockerfile:[[@LINE-2]]:3: warning: RUN calls 'sudo'; switch users with the USER instruction instead [DF302]
# CHECK-NEXT:  sudo chown -R node /app
# CHECK-NEXT:  ^~~~~
RUN ["sudo", "make", "install"]
# CHECK:{{.*}}DF302.dockerfile:[[@LINE-1]]:6: warning: RUN calls 'sudo'; switch users with the USER instruction instead [DF302]
# CHECK-NEXT:RUN ["sudo", "make", "install"]
# CHECK-NEXT:     ^~~~~~

# OK: 'sudo' as an argument, other programs, and a name not known statically.
RUN apt-get update && apt-get install -y --no-install-recommends sudo gosu
RUN echo sudo; printf '%s\n' su; command -v sudo || true; which su
RUN gosu node npm ci && su-exec node npm test && runuser -u node -- npm ci
RUN SUDO=sudo; $SUDO true
RUN ["echo", "sudo"]
# OK: the text of a 'bash -c' string is not parsed.
RUN bash -c "sudo true"
USER root
# CHECK:9 warnings generated.

# ---- fix: the unsafe fix removes 'sudo ' (lines 10, 36 and 43); the others have none ----------
# RUN: %expect_exit 1 %dlint --color=never --select=DF302 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF302.dockerfile":{10:5-10:10}:""
# FIXIT: fix-it:"{{.*}}DF302.dockerfile":{36:17-36:22}:""
# FIXIT: fix-it:"{{.*}}DF302.dockerfile":{43:3-43:8}:""
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF302 --fix %t.dockerfile > %t.safe
# RUN: cmp %s %t.dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF302 --fix --unsafe-fixes %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED --implicit-check-not='[DF302]'
# FIXED-COUNT-6: {{.*}} [DF302]
# FIXED: fixed 3 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}RUN apt-get update{{$}}
# TEXT: {{^}}RUN echo "uid=$(id -u)"{{$}}
# TEXT: {{^}}  chown -R node /app{{$}}

# ---- su run by root is not reported; sudo and su run by another user are -------------------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF302 %S/Inputs/DF302-root.dockerfile | FileCheck %S/Inputs/DF302-root.dockerfile --implicit-check-not='[DF302]'
