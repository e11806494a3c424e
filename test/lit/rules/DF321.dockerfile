# DF321 image-not-pinned-by-digest (opt-in): a FROM image without '@sha256:...', after the global
# ARG defaults are expanded. Silent unless selected.
# A prefix does not select it: '--select=DF32' runs DF320 (which reports the distroless line) but not DF321.
# RUN: %expect_exit 1 %dlint --color=never --select=DF32 %s | FileCheck %s --check-prefix=DEFAULT --implicit-check-not='[DF321]'
# DEFAULT: {{.*}}DF321.dockerfile:{{[0-9]+}}:6: warning: base image 'gcr.io/distroless/python3' has no tag{{.*}} [DF320]
# RUN: %expect_exit 0 %dlint --color=never --select=DF321 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF321]'
ARG VERSION=3.12

FROM python:${VERSION}-slim AS build
# CHECK:{{.*}}DF321.dockerfile:[[@LINE-1]]:6: info: base image 'python:${VERSION}-slim' (it resolves to 'python:3.12-slim') is not pinned by digest [DF321]
# CHECK-NEXT:FROM python:${VERSION}-slim AS build
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: append the digest the tag points to today, as 'image:tag@sha256:<digest>' (see 'docker buildx imagetools inspect image:tag'); a bot such as Renovate or Dependabot keeps it current

FROM gcr.io/distroless/python3
# CHECK:{{.*}}DF321.dockerfile:[[@LINE-1]]:6: info: base image 'gcr.io/distroless/python3' is not pinned by digest [DF321]
# CHECK-NEXT:FROM gcr.io/distroless/python3
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: append the digest the tag points to today, as 'image:tag@sha256:<digest>' (see 'docker buildx imagetools inspect image:tag'); a bot such as Renovate or Dependabot keeps it current

# OK: digests, scratch, stages, unknown values.
FROM alpine:3.20@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS pinned
FROM scratch AS empty
FROM build AS again
FROM node:${TARGETARCH} AS platform
# CHECK:2 diagnostics generated.
