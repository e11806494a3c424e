# DF320 latest-tag: a FROM image with no tag or the 'latest' tag, after the global ARG defaults
# are expanded. The caret is on 'latest' when the word is written out, else on the whole word.
# scratch, earlier stages, digests and values that depend on an ARG without a default or on a
# built-in platform arg are not reported.
# RUN: %expect_exit 1 %dlint --color=never --select=DF320 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF320]'
ARG BASE=python
ARG REGISTRY=ghcr.io/acme
ARG TAG
ARG STAGE=build
ARG PLATFORM_IMAGE=busybox:${TARGETARCH}

FROM ubuntu AS build
# CHECK:{{.*}}DF320.dockerfile:[[@LINE-1]]:6: warning: base image 'ubuntu' has no tag, so the build pulls whatever 'latest' is that day [DF320]
# CHECK-NEXT:FROM ubuntu AS build
# CHECK-NEXT:     ^~~~~~
# CHECK-NEXT:note: pin a version tag (as 'ubuntu:<version>') or a digest ('@sha256:...')

FROM nginx:latest AS web
# CHECK:{{.*}}DF320.dockerfile:[[@LINE-1]]:12: warning: base image 'nginx:latest' uses the 'latest' tag, which moves to new releases without notice [DF320]
# CHECK-NEXT:FROM nginx:latest AS web
# CHECK-NEXT:           ^~~~~~
# CHECK-NEXT:note: pin a version tag (as 'nginx:<version>') or a digest ('@sha256:...')

FROM ${BASE} AS py
# CHECK:{{.*}}DF320.dockerfile:[[@LINE-1]]:6: warning: base image '${BASE}' (it resolves to 'python') has no tag, so the build pulls whatever 'latest' is that day [DF320]
# CHECK-NEXT:FROM ${BASE} AS py
# CHECK-NEXT:     ^~~~~~~
# CHECK-NEXT:note: pin a version tag (as 'python:<version>') or a digest ('@sha256:...')

FROM ${REGISTRY}/tools:${TAG:-latest} AS tools
# CHECK:{{.*}}DF320.dockerfile:[[@LINE-1]]:6: warning: base image '${REGISTRY}/tools:${TAG:-latest}' (it resolves to 'ghcr.io/acme/tools:latest') uses the 'latest' tag, which moves to new releases without notice [DF320]
# CHECK-NEXT:FROM ${REGISTRY}/tools:${TAG:-latest} AS tools
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pin a version tag (as 'ghcr.io/acme/tools:<version>') or a digest ('@sha256:...')

FROM localhost:5000/team/app AS local
# CHECK:{{.*}}DF320.dockerfile:[[@LINE-1]]:6: warning: base image 'localhost:5000/team/app' has no tag, so the build pulls whatever 'latest' is that day [DF320]
# CHECK-NEXT:FROM localhost:5000/team/app AS local
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: pin a version tag (as 'localhost:5000/team/app:<version>') or a digest ('@sha256:...')

# OK: pinned, scratch, stages, digests, unknown values.
FROM node:20-alpine AS pinned
FROM scratch AS empty
FROM build AS again
FROM ${STAGE} AS viaarg
FROM alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS digest
FROM alpine:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS both
FROM node:${TAG} AS unknown
FROM ${PLATFORM_IMAGE} AS platform
FROM ${UNDECLARED} AS undeclared
FROM registry:5000/app:1.0 AS port
# OK: a name Docker rejects (a template placeholder) is not a tag problem.
FROM REPLACE-ME AS placeholder
# OK: a stage with a tag pulls an image, but that is DF209's finding.
FROM build:latest AS stagetag
# OK: Buildah and Podman read a bare number as the index of an earlier stage.
FROM 0 AS byindex
# CHECK:5 warnings generated.
