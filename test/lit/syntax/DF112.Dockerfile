# DF112 instruction-before-from: before the first FROM only ARG (global build arguments) may
# appear; BuildKit says "no build stage in current context".
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF112]' --implicit-check-not=error: --implicit-check-not=warning:

# OK: ARG before FROM is how a base image is parameterised.
ARG BASE=alpine:3.20
ARG TAG

WORKDIR /src
# CHECK:{{.*}}DF112.Dockerfile:[[@LINE-1]]:1: error: no build stage in current context: 'WORKDIR' must come after a FROM [DF112]
# CHECK-NEXT:WORKDIR /src
# CHECK-NEXT:^~~~~~~

  env LANG=C.UTF-8
# CHECK:{{.*}}DF112.Dockerfile:[[@LINE-1]]:3: error: no build stage in current context: 'ENV' must come after a FROM [DF112]
# CHECK-NEXT:  env LANG=C.UTF-8
# CHECK-NEXT:  ^~~

ONBUILD RUN make
# CHECK:{{.*}}DF112.Dockerfile:[[@LINE-1]]:1: error: no build stage in current context: 'ONBUILD' must come after a FROM [DF112]

# OK: an ARG between offending instructions is still allowed.
ARG LATE=1

FROM ${BASE}
# OK: everything after the first FROM is in a stage.
WORKDIR /src
ENV LANG=C.UTF-8
ARG TAG
FROM scratch
COPY --from=0 /src /src
# CHECK:3 errors generated.
