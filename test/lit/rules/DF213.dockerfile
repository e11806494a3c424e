# DF213 invalid-default-arg-in-from: with the global ARG defaults only (no --build-arg), a FROM
# image with a variable expands to an empty or invalid image name. A note points at each global
# ARG it reads that has no default.
# RUN: %expect_exit 1 %dlint --color=never --select=DF213 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF213]'
ARG TAG
ARG BASE
ARG UPPER=Alpine
ARG GOOD=alpine:3.20
ARG ARCHTAG=busybox:${TARGETARCH}

FROM busybox:${TAG} AS emptytag
# CHECK:{{.*}}DF213.dockerfile:[[@LINE-1]]:6: warning: with the default build arguments 'busybox:${TAG}' expands to 'busybox:', which is not a valid image name: the tag is empty [DF213]
# CHECK-NEXT:FROM busybox:${TAG} AS emptytag
# CHECK-NEXT:     ^~~~~~~~~~~~~~
# CHECK-NEXT:{{.*}}DF213.dockerfile:[[@LINE-10]]:5: note: 'TAG' has no default value; give it one, or use '${TAG:-<default>}'
# CHECK-NEXT:ARG TAG
# CHECK-NEXT:    ^~~

FROM ${BASE} AS emptyname
# CHECK:{{.*}}DF213.dockerfile:[[@LINE-1]]:6: warning: with the default build arguments '${BASE}' expands to '', which is not a valid image name: the image name is empty [DF213]
# CHECK-NEXT:FROM ${BASE} AS emptyname
# CHECK-NEXT:     ^~~~~~~
# CHECK-NEXT:{{.*}}DF213.dockerfile:[[@LINE-17]]:5: note: 'BASE' has no default value; give it one, or use '${BASE:-<default>}'
# CHECK-NEXT:ARG BASE
# CHECK-NEXT:    ^~~~

FROM ${UPPER}:3.20 AS upper
# CHECK:{{.*}}DF213.dockerfile:[[@LINE-1]]:6: warning: with the default build arguments '${UPPER}:3.20' expands to 'Alpine:3.20', which is not a valid image name: the repository name must be lower case [DF213]
# CHECK-NEXT:FROM ${UPPER}:3.20 AS upper
# CHECK-NEXT:     ^~~~~~~~~~~~~

FROM ${BASE}:${TAG}-conda AS emptyrepo
# CHECK:{{.*}}DF213.dockerfile:[[@LINE-1]]:6: warning: with the default build arguments '${BASE}:${TAG}-conda' expands to ':-conda', which is not a valid image name: the repository name is empty [DF213]
# CHECK-NEXT:FROM ${BASE}:${TAG}-conda AS emptyrepo
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:{{.*}}DF213.dockerfile:6:5: note: 'BASE' has no default value; give it one, or use '${BASE:-<default>}'
# CHECK-NEXT:ARG BASE
# CHECK-NEXT:    ^~~~
# CHECK-NEXT:{{.*}}DF213.dockerfile:5:5: note: 'TAG' has no default value; give it one, or use '${TAG:-<default>}'
# CHECK-NEXT:ARG TAG
# CHECK-NEXT:    ^~~

# OK: defaults that work, modifiers, built-ins, stages, constants (not DF213's).
FROM ${GOOD} AS good
FROM busybox:${TAG:-1.36} AS modifier
FROM ${ARCHTAG} AS arch
FROM ${BASE:-good} AS stage
FROM alpine${TAG:+:$TAG} AS plus
FROM golang:1.22-${TARGETVARIANT} AS variant
# CHECK:4 warnings generated.
