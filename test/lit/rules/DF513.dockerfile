# DF513 invalid-definition-description (opt-in): the last comment line right above a named stage
# or an ARG does not start with its name. A bare '#' separates; an empty line does not. Tool
# comments are not descriptions. The CHECK lines go after each instruction: above it they would be
# part of its comment block.
# A prefix does not select it: '--select=DF51' runs DF510-DF512 only.
# RUN: %expect_exit 0 %dlint --color=never --select=DF51 %s | FileCheck %s --check-prefix=DEFAULT --allow-empty
# DEFAULT-NOT: [DF513]
# RUN: %expect_exit 0 %dlint --color=never --select=DF513 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF513]'
#

# The Go version to build with
ARG GO_VERSION=1.22
# CHECK:{{.*}}DF513.dockerfile:[[@LINE-2]]:3: style: the comment above this ARG is read as its description but does not start with its name: write '# GO_VERSION <description>' [DF513]
# CHECK-NEXT:# The Go version to build with
# CHECK-NEXT:  ^~~
# CHECK-NEXT:note: if the comment is not meant as a description, put a line holding only '#' between it and the instruction (an empty line does not separate them)

# Compiles the app

FROM golang:${GO_VERSION} AS compile
# CHECK:{{.*}}DF513.dockerfile:[[@LINE-3]]:3: style: the comment above this stage is read as its description but does not start with its name: write '# compile <description>' [DF513]
# CHECK-NEXT:# Compiles the app
# CHECK-NEXT:  ^~~~~~~~
# CHECK-NEXT:note: if the comment is not meant as a description, put a line holding only '#' between it and the instruction (an empty line does not separate them)

# BUILD_FLAGS, LDFLAGS: several keys
ARG BUILD_FLAGS LDFLAGS
# CHECK:{{.*}}DF513.dockerfile:[[@LINE-2]]:3: style: the comment above this ARG is read as its description but does not start with its name: write '# <arg_key> <description>' [DF513]
# CHECK-NEXT:# BUILD_FLAGS, LDFLAGS: several keys
# CHECK-NEXT:  ^~~~~~~~~~~~
# CHECK-NEXT:note: if the comment is not meant as a description, put a line holding only '#' between it and the instruction (an empty line does not separate them)

# OK: descriptions that start with the name, separated comments, tool comments, unnamed FROM.
# GOOS is the target OS
ARG GOOS=linux
# a note, not a description
#
ARG GOARCH=amd64
# builder2 is compared with the name as BuildKit stores it, in lower case
FROM golang:1.22 AS Builder2
# dlint ignore=DF320
ARG CGO_ENABLED=0
# check=skip=SecretsUsedInArgOrEnv
ARG X=1
# any comment
FROM alpine:3.20
# LDFLAGS are passed to the linker
ARG BUILD_FLAGS LDFLAGS
# SPDX-License-Identifier: Apache-2.0
FROM alpine:3.20 AS licensed
######################################
ARG SEPARATED=1
#
# CHECK:3 diagnostics generated.
