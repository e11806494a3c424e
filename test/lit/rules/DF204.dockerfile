# DF204 duplicate-stage-name: two stages share one name (compared case-insensitively). It is
# only a lint warning in BuildKit (DuplicateStageName), but every reference silently means
# the last stage of that name. Reported on each later duplicate, with a note at the first.
# RUN: %expect_exit 1 %dlint --color=never --select=DF204 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF204]'
FROM golang:1.22 AS build
RUN go build -o /out/server ./cmd/server

FROM golang:1.22 AS build
# CHECK:{{.*}}DF204.dockerfile:[[@LINE-1]]:21: error: duplicate stage name 'build' [DF204]
# CHECK-NEXT:FROM golang:1.22 AS build
# CHECK-NEXT:                    ^~~~~
# CHECK-NEXT:{{.*}}DF204.dockerfile:[[@LINE-7]]:21: note: the first stage of that name is here
# CHECK-NEXT:FROM golang:1.22 AS build
# CHECK-NEXT:                    ^~~~~
RUN go build -o /out/worker ./cmd/worker

# Case does not make a name different: BuildKit lower-cases stage names.
FROM alpine:3.20 as Build
# CHECK:{{.*}}DF204.dockerfile:[[@LINE-1]]:21: error: duplicate stage name 'Build' [DF204]
# CHECK-NEXT:FROM alpine:3.20 as Build
# CHECK-NEXT:                    ^~~~~
# CHECK-NEXT:{{.*}}DF204.dockerfile:[[@LINE-17]]:21: note: the first stage of that name is here

# OK: distinct names, names that only share a prefix, and unnamed stages.
FROM alpine:3.20 AS build-tools
FROM alpine:3.20 AS builder
FROM alpine:3.20
FROM alpine:3.20
COPY --from=build /out/worker /usr/local/bin/
# CHECK:2 errors generated.
