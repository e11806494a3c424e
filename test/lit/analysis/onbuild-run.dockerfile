# ONBUILD RUN triggers are modelled like RUNs (hadolint checks them too): the shell rules see
# their commands at their exact columns, in shell form and exec form. A trigger runs in a later
# build, so what that build decides is unknown here: its USER (DF252 stays silent) and its
# variables; and a trigger does not run before the RUNs of this build (DF406 below).
# RUN: %expect_exit 1 %dlint --color=never --select=DF252,DF302,DF402,DF406,DF404,DF340 %s | FileCheck %s --match-full-lines --implicit-check-not='[DF'

FROM debian:12.5
USER app
ONBUILD RUN sudo apt-get update && apt-get install -y --no-install-recommends curl
# CHECK:{{.*}}onbuild-run.dockerfile:[[@LINE-1]]:13: warning: RUN calls 'sudo'; switch users with the USER instruction instead [DF302]
# CHECK:note: a RUN already runs as the stage's USER: put 'ONBUILD USER root' before {{.*}}
# CHECK:{{.*}}onbuild-run.dockerfile:[[@LINE-3]]:26: info: apt lists are not removed after 'update' [DF402]

ONBUILD RUN ["sh", "-c", "apk add curl"]
# CHECK:{{.*}}onbuild-run.dockerfile:[[@LINE-1]]:31: info: 'apk add' without '--no-cache' [DF404]

ONBUILD RUN set -e; \
    curl -fsSL -k \
      https://example.com/x -o /x
# CHECK:{{.*}}onbuild-run.dockerfile:[[@LINE-2]]:16: warning: '-k' makes 'curl' accept any TLS certificate [DF340]

# The trigger's pip setting runs in the later build, not before this RUN.
ONBUILD RUN pip config set global.no-cache-dir false
RUN pip install flask==3.0.0
# CHECK:{{.*}}onbuild-run.dockerfile:[[@LINE-1]]:9: warning: 'pip install' without '--no-cache-dir' [DF406]

# OK: the same commands in a trigger that follows the advice.
ONBUILD RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
ONBUILD RUN ["sh", "-c", "apk add --no-cache git"]
ONBUILD RUN pip install --no-cache-dir flask==3.0.0
