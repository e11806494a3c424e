# DF241 relative-destination-without-workdir: a relative COPY/ADD destination with no WORKDIR
# before it in its stage or in the stages it is built on. The range is the destination.
# RUN: %expect_exit 0 %dlint --color=never --select=DF241 %s | FileCheck %s --strict-whitespace --implicit-check-not='[DF241]'

FROM node:20-slim AS deps
COPY package.json .
# CHECK: {{.*}}DF241.dockerfile:[[@LINE-1]]:19: info: COPY destination '.' is relative, but no WORKDIR is set in this stage or the stages it is built on [DF241]
# CHECK-NEXT: COPY package.json .
# CHECK-NEXT: {{^}}                  ^{{$}}
# CHECK-NEXT: note: it lands under the WORKDIR of the base image 'node:20-slim', if any; set one with 'WORKDIR /path' or give an absolute destination
ADD ["config.yaml", "etc/app/"]
# CHECK: {{.*}}DF241.dockerfile:[[@LINE-1]]:21: info: ADD destination 'etc/app/' is relative{{.*}}[DF241]
ARG OUT=build/
COPY dist $OUT
# CHECK: {{.*}}DF241.dockerfile:[[@LINE-1]]:11: info: COPY destination '$OUT' is relative{{.*}}[DF241]

FROM deps AS test
COPY test/ tests/
# CHECK: {{.*}}DF241.dockerfile:[[@LINE-1]]:12: info: COPY destination 'tests/' is relative{{.*}}[DF241]
WORKDIR /app
COPY src/ src/


# OK: absolute destinations, a WORKDIR in the stage or a parent stage, Windows paths, unknown
# variables, ONBUILD triggers, and 'scratch' stages (and stages built on them): scratch has no
# WORKDIR and no base image to change, so a relative destination is always under '/'.
FROM scratch AS bin
COPY --from=test /app/src bin
ADD "https://github.com/bats-core/bats-core.git#v1.11.0" .
FROM bin AS bin-child
COPY --from=test /app/src more
FROM test AS inherits
COPY extra/ extra/
FROM alpine:3.20
COPY a /a
COPY a C:/a
ARG ROOT=/srv
COPY a ${ROOT}/a
COPY a $UNKNOWN
ONBUILD COPY . app/
WORKDIR /work
COPY b b
