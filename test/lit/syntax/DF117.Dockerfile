# DF117 invalid-stage-name: `FROM image AS name` where the name, lower-cased, does not match
# ^[a-z][a-z0-9-_.]*$ (BuildKit: "invalid name for build stage"). The range is the name.
# RUN: %expect_exit 1 %dlint --color=never --select=DF1 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF117]' --implicit-check-not=error: --implicit-check-not=warning:

FROM golang:1.22 AS 2-build
# CHECK:{{.*}}DF117.Dockerfile:[[@LINE-1]]:21: error: invalid name for build stage: '2-build', name can't start with a number or contain symbols [DF117]
# CHECK-NEXT:FROM golang:1.22 AS 2-build
# CHECK-NEXT:                    ^~~~~~~

FROM golang:1.22 AS build:amd64
# CHECK:{{.*}}DF117.Dockerfile:[[@LINE-1]]:21: error: invalid name for build stage: 'build:amd64', name can't start with a number or contain symbols [DF117]
FROM golang:1.22 as $STAGE
# CHECK:{{.*}}DF117.Dockerfile:[[@LINE-1]]:21: error: invalid name for build stage: '$STAGE', name can't start with a number or contain symbols [DF117]
FROM golang:1.22 AS _private
# CHECK:{{.*}}DF117.Dockerfile:[[@LINE-1]]:21: error: invalid name for build stage: '_private', name can't start with a number or contain symbols [DF117]
FROM golang:1.22 AS \
     café
# CHECK:{{.*}}DF117.Dockerfile:[[@LINE-1]]:6: error: invalid name for build stage: 'café', name can't start with a number or contain symbols [DF117]

# OK: letters first, then letters, digits, '-', '_' and '.'; upper case is lower-cased first
# (StageNameCasing is a separate style check); `as` in any case.
FROM golang:1.22 AS build
FROM golang:1.22 AS Build-Stage.v1_2
FROM golang:1.22 aS x
FROM build
# CHECK:5 errors generated.
