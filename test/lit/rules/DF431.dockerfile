# DF431 apk-package-not-pinned: every package 'apk add' names without a version operator (=, ~, <,
# >, ...), in every stage. 'pkg@tag' selects a repository tag, not a version. The '--virtual' / '-t'
# name, local .apk files and paths are not checked. ARG values are expanded as in DF430.
# RUN: %expect_exit 1 %dlint --color=never --select=DF431 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF431]'

FROM alpine:3.20
RUN apk add --no-cache curl ca-certificates=20240226-r0
# CHECK:{{.*}}DF431.dockerfile:[[@LINE-1]]:24: warning: 'curl' is not pinned to a version: write 'curl=<version>' [DF431]
# CHECK-NEXT:RUN apk add --no-cache curl ca-certificates=20240226-r0
# CHECK-NEXT:                       ^~~~
RUN apk add --no-cache --virtual .build-deps \
        gcc \
        musl-dev~1.2
# CHECK:{{.*}}DF431.dockerfile:[[@LINE-2]]:9: warning: 'gcc' is not pinned to a version: write 'gcc=<version>' [DF431]
# CHECK-NEXT:        gcc \
# CHECK-NEXT:        ^~~
RUN apk add --no-cache vim@edge
# CHECK:{{.*}}DF431.dockerfile:[[@LINE-1]]:24: warning: 'vim@edge' selects the repository tag 'edge', not a version: write 'vim@edge=<version>' [DF431]
# CHECK-NEXT:RUN apk add --no-cache vim@edge
# CHECK-NEXT:                       ^~~~~~~~
RUN sudo apk --no-cache add so:libc.musl-x86_64.so.1
# CHECK:{{.*}}DF431.dockerfile:[[@LINE-1]]:29: warning: 'so:libc.musl-x86_64.so.1' is not pinned to a version: write 'so:libc.musl-x86_64.so.1=<version>' [DF431]
# CHECK-NEXT:RUN sudo apk --no-cache add so:libc.musl-x86_64.so.1
# CHECK-NEXT:                            ^~~~~~~~~~~~~~~~~~~~~~~~

ARG TOOLS="git openssh-client>9"
RUN apk add --no-cache $TOOLS
# CHECK:{{.*}}DF431.dockerfile:[[@LINE-1]]:24: warning: 'git' is not pinned to a version: write 'git=<version>' (from '$TOOLS') [DF431]
# CHECK-NEXT:RUN apk add --no-cache $TOOLS
# CHECK-NEXT:                       ^~~~~~
# CHECK-NEXT:5 warnings generated.

# OK: every apk version operator, local files, a virtual package name, other subcommands.
RUN apk add --no-cache bash=5.2.26-r0 tzdata~2024 'zlib>1.3' 'lz4<2' 'xz>=5' 'zstd<=1.6' 'tar><1.35'
RUN apk add --no-cache --allow-untrusted /tmp/pkgs/tool-1.0-r0.apk ./local.apk
RUN apk add --no-cache -t .run-deps=1.0 bzip2=1.0.8-r6
RUN apk del .build-deps curl && apk upgrade && apk info vim
RUN apk add --no-cache $UNKNOWN "${PKGS}"
