# DF206 unused-stage: a stage that is neither the final stage nor used by any other stage, through
# FROM, COPY --from (by name or index) or --mount from. A default build skips it.
# RUN: %expect_exit 0 %dlint --color=never --select=DF206 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF206]'
ARG VARIANT=release
FROM golang:1.22 AS base
RUN go mod download

FROM base AS lint
# CHECK:{{.*}}DF206.dockerfile:[[@LINE-1]]:14: info: stage 'lint' is never used by another stage and is not the final stage [DF206]
# CHECK-NEXT:FROM base AS lint
# CHECK-NEXT:             ^~~~
# CHECK-NEXT:note: a default build skips it; remove it, use it, or build it with '--target'
RUN golangci-lint run

# Unnamed stages are reported at FROM, with their index.
FROM alpine:3.20
# CHECK:{{.*}}DF206.dockerfile:[[@LINE-1]]:1: info: stage 2 is never used by another stage and is not the final stage [DF206]
# CHECK-NEXT:FROM alpine:3.20
# CHECK-NEXT:^~~~
RUN echo unused

# A stage that only uses itself is still unused.
FROM alpine:3.20 AS selfish
# CHECK:{{.*}}DF206.dockerfile:[[@LINE-1]]:21: info: stage 'selfish' is never used by another stage and is not the final stage [DF206]
COPY --from=selfish /etc/hostname /tmp/

# OK: stages used by FROM, by COPY --from name (any case) or index, by --mount from, and the
# stages a FROM with a variable may name (`build-${VARIANT}` may be either build stage).
FROM base AS build-release
RUN go build -o /out/app .
FROM base AS build-debug
RUN go build -gcflags=all=-N -o /out/app .
FROM build-${VARIANT} AS build
FROM alpine:3.20 AS certs
FROM alpine:3.20 AS config
FROM busybox:1.36 AS tools
FROM gcr.io/distroless/static:nonroot
COPY --from=BUILD /out/app /app
COPY --from=7 /etc/ssl/certs /etc/ssl/certs
RUN --mount=from=config,target=/cfg --mount=type=bind,from=tools,target=/t true
# A variable with a literal part no stage name can hold names an image, not a stage: 'lint' and
# the others above stay reported.
ARG REGISTRY=docker.io
COPY --from=${REGISTRY}/library/alpine:3.20 /etc/os-release /tmp/
# CHECK:3 diagnostics generated.

# ---- OK: a '--from' that is only a variable may name any stage -----------------------------------
# Buildah expands 'COPY --from="${VARIANT}"' with the stage's ARGs, so 'staging' is used by
# default and 'dev' with '--build-arg VARIANT=dev' (corpus: containers/buildah
# tests/bud/copy-from-stage-scoped-arg).
# RUN: printf 'FROM busybox AS build\nFROM build AS dev\nFROM build AS staging\nFROM busybox\nARG VARIANT=staging\nCOPY --from="${VARIANT}" /variant /variant\nRUN --mount=from=$MOUNTED,target=/m true\n' > %t.variable.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF206 %t.variable.dockerfile | FileCheck %s --check-prefix=VAR --allow-empty
# VAR-NOT: [DF206]
