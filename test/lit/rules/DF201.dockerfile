# DF201 copy-from-undefined-stage: 'COPY --from' or '--mount from=' names no stage, so BuildKit
# pulls it as an image. A close stage name gets a "did you mean" note and a display-only fix.
# RUN: %expect_exit 1 %dlint --color=never --select=DF201 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF201]'
FROM golang:1.22 AS builder
RUN go build -o /out/app ./cmd/app

FROM alpine:3.20 AS assets
RUN mkdir /srv/static

FROM alpine:3.20
COPY --from=buidler /out/app /usr/local/bin/app
# CHECK:{{.*}}DF201.dockerfile:[[@LINE-1]]:13: warning: 'COPY --from' names 'buidler', which is no stage: BuildKit will pull it as an image [DF201]
# CHECK-NEXT:COPY --from=buidler /out/app /usr/local/bin/app
# CHECK-NEXT:            ^~~~~~~
# CHECK-NEXT:            builder
# CHECK-NEXT:{{.*}}DF201.dockerfile:[[@LINE-5]]:13: note: did you mean the stage 'builder'?
# CHECK-NEXT:COPY --from=buidler /out/app /usr/local/bin/app
# CHECK-NEXT:            ^~~~~~~

# `--mount from=` is looked up the same way; the range is the value inside the mount spec,
# here on a continuation line.
RUN --network=none \
    --mount=type=bind,from=asets,source=/srv/static,target=/static \
    ls /static
# CHECK:{{.*}}DF201.dockerfile:[[@LINE-2]]:28: warning: '--mount from' names 'asets', which is no stage: BuildKit will pull it as an image [DF201]
# CHECK-NEXT:    --mount=type=bind,from=asets,source=/srv/static,target=/static \
# CHECK-NEXT:                           ^~~~~
# CHECK-NEXT:                           assets
# CHECK-NEXT:{{.*}}DF201.dockerfile:[[@LINE-6]]:28: note: did you mean the stage 'assets'?

# Unlike COPY --from, a mount takes no stage index: '0' is an image name.
RUN --mount=from=0,source=/out/app,target=/app /app --version
# CHECK:{{.*}}DF201.dockerfile:[[@LINE-1]]:18: warning: '--mount from' takes stage names, not indexes: BuildKit will pull '0' as an image [DF201]
# CHECK-NEXT:RUN --mount=from=0,source=/out/app,target=/app /app --version
# CHECK-NEXT:                 ^
# CHECK-NEXT:                 builder

# Stages have no tags or digests.
COPY --from=builder:latest /out/app /app
# CHECK:{{.*}}DF201.dockerfile:[[@LINE-1]]:13: warning: 'COPY --from' names 'builder:latest': stages have no tags or digests, so BuildKit will pull it as an image [DF201]
# CHECK-NEXT:COPY --from=builder:latest /out/app /app
# CHECK-NEXT:            ^~~~~~~~~~~~~~
# CHECK-NEXT:            builder

# A bare image name far from every stage name: probably an image, but an untagged one.
COPY --from=busybox /bin/busybox /bin/busybox
# CHECK:{{.*}}DF201.dockerfile:[[@LINE-1]]:13: warning: 'COPY --from' names 'busybox', which is no stage: BuildKit will pull it as an image [DF201]
# CHECK-NEXT:COPY --from=busybox /bin/busybox /bin/busybox
# CHECK-NEXT:            ^~~~~~~
# CHECK-NEXT:note: if an image is meant, give its tag too, as in 'busybox:<tag>'

# OK: stage names match in any case; numbers are indexes for COPY; images with a tag, digest or
# registry; `--from=` with no value copies from the context; tmpfs mounts ignore `from`;
# variables (refused by BuildKit: DF121) are not guesses this rule makes.
COPY --from=BUILDER /out/app /usr/local/bin/app
COPY --from=Assets /srv/static /srv/static
RUN --mount=type=bind,from=Builder,source=/out,target=/out ls /out
COPY --from=0 /out/app /app
COPY --from=alpine:3.20 /etc/alpine-release /etc/
COPY --from=ghcr.io/example/tools /bin/tool /bin/tool
COPY --from=example/tools@sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d /bin/tool /bin/
COPY --from= README.md /README.md
RUN --mount=type=tmpfs,from=nothing,target=/tmp/scratch true
RUN --mount=type=cache,target=/root/.cache go env
COPY --from=$TOOLS /bin/tool /bin/tool
# CHECK:5 warnings generated.

# ---- fix: display-only (the stage probably meant), shown but never applied ------------------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF201 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF201.dockerfile":{11:13-11:20}:"builder"
# FIXIT: fix-it:"{{.*}}DF201.dockerfile":{23:28-23:33}:"assets"
# FIXIT: fix-it:"{{.*}}DF201.dockerfile":{32:18-32:19}:"builder"
# FIXIT: fix-it:"{{.*}}DF201.dockerfile":{39:13-39:27}:"builder"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF201 --fix --unsafe-fixes %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 0 findings in 0 files
# RUN: cmp %s %t.dockerfile
