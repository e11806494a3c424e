# DF223 relative-workdir: the first WORKDIR of a stage's FROM chain is relative after expansion.
# Later relative WORKDIRs, values that depend on unknown variables, and Windows paths are not.
# RUN: %expect_exit 1 %dlint --color=never --select=DF223 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF223]'

FROM alpine:3.20 AS rel
WORKDIR app
# CHECK:{{.*}}DF223.dockerfile:[[@LINE-1]]:9: warning: relative WORKDIR 'app' depends on the base image's working directory [DF223]
# CHECK-NEXT:WORKDIR app
# CHECK-NEXT:        ^~~
# CHECK-NEXT:note: use an absolute path, such as '/app' if the base image works in '/'
WORKDIR src

FROM alpine:3.20 AS var
ARG DIR=build
WORKDIR ${DIR}/out
# CHECK:{{.*}}DF223.dockerfile:[[@LINE-1]]:9: warning: relative WORKDIR 'build/out' depends on the base image's working directory [DF223]
# CHECK-NEXT:WORKDIR ${DIR}/out
# CHECK-NEXT:        ^~~~~~~~~~

# OK: absolute first, relative after; an inherited absolute WORKDIR; unknown values; Windows paths.
FROM alpine:3.20 AS abs
WORKDIR /opt
WORKDIR app
FROM abs
WORKDIR lib
FROM alpine:3.20
WORKDIR $HOME/app
FROM alpine:3.20
ARG UNSET
WORKDIR ${UNSET}/x
FROM mcr.microsoft.com/windows/servercore:ltsc2022
WORKDIR C:\\app
# CHECK:2 warnings generated.
