# DF212 undefined-arg-in-from: a FROM (image or --platform) reads a name that is neither a global
# ARG nor a built-in platform arg. The caret is on the reference; a close declared name is
# suggested, with an unsafe fix that reads it instead.
# RUN: %expect_exit 1 %dlint --color=never --select=DF212 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF212]'
ARG NODE_VERSION=20
ARG REGISTRY

FROM node:${NODE_VERSON}-alpine AS typo
# CHECK:{{.*}}DF212.dockerfile:[[@LINE-1]]:11: warning: FROM reads 'NODE_VERSON', which is not a global ARG (did you mean 'NODE_VERSION'?) [DF212]
# CHECK-NEXT:FROM node:${NODE_VERSON}-alpine AS typo
# CHECK-NEXT:          ^~~~~~~~~~~~~~
# CHECK-NEXT:            NODE_VERSION
# CHECK-NEXT:note: FROM sees only the ARGs declared before the first FROM and the built-in platform args; an ARG inside a stage is not visible to a later FROM

FROM ${IMAGE:-alpine:3.20} AS nodefault
# CHECK:{{.*}}DF212.dockerfile:[[@LINE-1]]:6: warning: FROM reads 'IMAGE', which is not a global ARG [DF212]
# CHECK-NEXT:FROM ${IMAGE:-alpine:3.20} AS nodefault
# CHECK-NEXT:     ^~~~~~~~~~~~~~~~~~~~~
# CHECK-NEXT:note: FROM sees only the ARGs declared before the first FROM and the built-in platform args; an ARG inside a stage is not visible to a later FROM

FROM --platform=$TARGETARH alpine:3.20 AS platform
# CHECK:{{.*}}DF212.dockerfile:[[@LINE-1]]:17: warning: FROM reads 'TARGETARH', which is not a global ARG (did you mean 'TARGETARCH'?) [DF212]
# CHECK-NEXT:FROM --platform=$TARGETARH alpine:3.20 AS platform
# CHECK-NEXT:                ^~~~~~~~~~
# CHECK-NEXT:                 TARGETARCH
# CHECK-NEXT:note: FROM sees only the ARGs declared before the first FROM and the built-in platform args; an ARG inside a stage is not visible to a later FROM

FROM $BASE AS twice
# CHECK:{{.*}}DF212.dockerfile:[[@LINE-1]]:6: warning: FROM reads 'BASE', which is not a global ARG [DF212]
# CHECK-NEXT:FROM $BASE AS twice
# CHECK-NEXT:     ^~~~~
# CHECK-NEXT:note: FROM sees only the ARGs declared before the first FROM and the built-in platform args; an ARG inside a stage is not visible to a later FROM
ARG BASE=alpine
FROM $BASE:$BASE AS later
# CHECK:{{.*}}DF212.dockerfile:[[@LINE-1]]:6: warning: FROM reads 'BASE', which is not a global ARG [DF212]
# CHECK-NEXT:FROM $BASE:$BASE AS later
# CHECK-NEXT:     ^~~~~
# CHECK-NEXT:note: FROM sees only the ARGs declared before the first FROM and the built-in platform args; an ARG inside a stage is not visible to a later FROM

# OK: global ARGs with or without a default, built-ins, escaped dollars.
FROM ${REGISTRY}/app:${NODE_VERSION} AS ok1
FROM --platform=$BUILDPLATFORM node:${TARGETARCH} AS ok2
FROM alpine:3.20 AS ok3
# CHECK:5 warnings generated.

# ---- fix: the unsafe fix reads the suggested name; none without a suggestion ------------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF212 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF212.dockerfile":{8:13-8:24}:"NODE_VERSION"
# FIXIT: fix-it:"{{.*}}DF212.dockerfile":{21:18-21:27}:"TARGETARCH"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF212 --fix %t.dockerfile > %t.safe
# RUN: cmp %s %t.dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF212 --fix --unsafe-fixes %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 2 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}FROM node:${NODE_VERSION}-alpine AS typo{{$}}
# TEXT: {{^}}FROM --platform=$TARGETARCH alpine:3.20 AS platform{{$}}
