# DF209 stage-used-as-tagged-image: 'FROM stage:tag' (or '@digest') names a stage with a tag,
# and 'FROM Stage' names it in other letter case. Either way BuildKit looks for no stage and
# pulls an image instead: stages have no tags, and FROM (unlike COPY --from) matches the
# lower-cased stage names exactly. The unsafe fix names the stage as BuildKit stores it.
# RUN: %expect_exit 1 %dlint --color=never --select=DF209 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF209]'
ARG BUILDER_TAG=dev
FROM golang:1.22 AS builder
RUN go build -o /out/app .

FROM builder:latest AS test
# CHECK:{{.*}}DF209.dockerfile:[[@LINE-1]]:6: warning: 'builder:latest' is stage 'builder' with a tag: BuildKit will pull an image instead [DF209]
# CHECK-NEXT:FROM builder:latest AS test
# CHECK-NEXT:     ^~~~~~~~~~~~~~
# CHECK-NEXT:     builder
# CHECK-NEXT:{{.*}}DF209.dockerfile:[[@LINE-8]]:21: note: stage 'builder' is defined here
# CHECK-NEXT:FROM golang:1.22 AS builder
# CHECK-NEXT:                    ^~~~~~~
RUN go test ./...

FROM --platform=$BUILDPLATFORM Builder AS release
# CHECK:{{.*}}DF209.dockerfile:[[@LINE-1]]:32: warning: 'Builder' is stage 'builder' in other letter case: FROM matches stage names exactly, so BuildKit will pull an image instead [DF209]
# CHECK-NEXT:FROM --platform=$BUILDPLATFORM Builder AS release
# CHECK-NEXT:                               ^~~~~~~
# CHECK-NEXT:                               builder
# CHECK-NEXT:{{.*}}DF209.dockerfile:[[@LINE-18]]:21: note: stage 'builder' is defined here

FROM builder@sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d
# CHECK:{{.*}}DF209.dockerfile:[[@LINE-1]]:6: warning: 'builder@sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d' is stage 'builder' with a digest: BuildKit will pull an image instead [DF209]

# A tag from a global ARG's default: the message shows both forms, and there is no fix-it.
FROM builder:${BUILDER_TAG}
# CHECK:{{.*}}DF209.dockerfile:[[@LINE-1]]:6: warning: 'builder:${BUILDER_TAG}', which is 'builder:dev', is stage 'builder' with a tag: BuildKit will pull an image instead [DF209]
# CHECK-NEXT:FROM builder:${BUILDER_TAG}
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:{{.*}}DF209.dockerfile:[[@LINE-28]]:21: note: stage 'builder' is defined here

# OK: the stage by its name; images with a registry or a repository path; a tag on a name that
# is no earlier stage ('later' is defined below, so 'later:1' is an image in any case).
FROM builder AS ok-stage
FROM docker.io/builder:latest
FROM example/builder:latest
FROM later:1
FROM alpine:3.20 AS later
# CHECK:4 warnings generated.

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF209 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF209.dockerfile":{10:6-10:20}:"builder"
# FIXIT: fix-it:"{{.*}}DF209.dockerfile":{20:32-20:39}:"builder"
# FIXIT: fix-it:"{{.*}}DF209.dockerfile":{27:6-27:85}:"builder"
# RUN: cp %s %t.dockerfile
# The fix is unsafe: --fix alone leaves the file as it is.
# RUN: %expect_exit 1 %dlint --select=DF209 --fix %t.dockerfile > %t.safe 2>&1
# RUN: cmp %s %t.dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF209 --fix --unsafe-fixes %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 3 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}FROM builder AS test{{$}}
# TEXT: {{^}}FROM --platform=$BUILDPLATFORM builder AS release{{$}}
# TEXT: {{^}}FROM builder{{$}}
# A second --fix changes nothing.
# RUN: %expect_exit 1 %dlint --color=never --select=DF209 --fix --unsafe-fixes %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN
# AGAIN: fixed 0 findings in 0 files
