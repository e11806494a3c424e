# DF430 apt-package-not-pinned: every package 'apt-get install' or 'apt install' names without
# '=<version>', in every stage; the caret is on the package word. '$VAR' words are expanded with the
# ARG/ENV values in force and split on blanks; words dlint cannot expand are skipped. 'pkg/release'
# selects a release, not a version, so it is reported. Local .deb files and 'pkg-' are not packages.
# RUN: %expect_exit 1 %dlint --color=never --select=DF430 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF430]'
# Opt-in (every pinning rule is): a prefix selection does not turn it on; its code, name or
# hadolint ID does.
# RUN: %expect_exit 0 %dlint --color=never --select=DF43 %s | FileCheck %s --check-prefix=DEFAULT --allow-empty
# DEFAULT-NOT: [DF430]
# RUN: %expect_exit 1 %dlint --color=never --select=DL3008 %s | FileCheck %s --check-prefix=ALIAS
# ALIAS: 6 warnings generated.

FROM debian:12 AS build
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates=20230311
# CHECK:{{.*}}DF430.dockerfile:[[@LINE-1]]:66: warning: 'curl' is not pinned to a version: write 'curl=<version>' [DF430]
# CHECK-NEXT:RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates=20230311
# CHECK-NEXT:                                                                 ^~~~
RUN apt-get install -y \
      git=1:2.39.2-1.1 \
      make \
      gcc-12=12.2.0-14
# CHECK:{{.*}}DF430.dockerfile:[[@LINE-2]]:7: warning: 'make' is not pinned to a version: write 'make=<version>' [DF430]
# CHECK-NEXT:      make \
# CHECK-NEXT:      ^~~~
RUN apt install -y jq
# CHECK:{{.*}}DF430.dockerfile:[[@LINE-1]]:20: warning: 'jq' is not pinned to a version: write 'jq=<version>' [DF430]
# CHECK-NEXT:RUN apt install -y jq
# CHECK-NEXT:                   ^~
RUN apt-get install -y -t bookworm-backports golang-go/bookworm-backports
# CHECK:{{.*}}DF430.dockerfile:[[@LINE-1]]:46: warning: 'golang-go/bookworm-backports' selects the release 'bookworm-backports', not a version: write 'golang-go=<version>' [DF430]
# CHECK-NEXT:RUN apt-get install -y -t bookworm-backports golang-go/bookworm-backports
# CHECK-NEXT:                                             ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
RUN sudo DEBIAN_FRONTEND=noninteractive apt-get -o Dpkg::Options::=--force-confnew install -y vim
# CHECK:{{.*}}DF430.dockerfile:[[@LINE-1]]:95: warning: 'vim' is not pinned to a version: write 'vim=<version>' [DF430]
# CHECK-NEXT:RUN sudo DEBIAN_FRONTEND=noninteractive apt-get -o Dpkg::Options::=--force-confnew install -y vim
# CHECK-NEXT:                                                                                              ^~~

ARG RUNTIME_DEPS="libssl3 zlib1g=1:1.2.13.dfsg-1"
RUN apt-get install -y $RUNTIME_DEPS
# CHECK:{{.*}}DF430.dockerfile:[[@LINE-1]]:24: warning: 'libssl3' is not pinned to a version: write 'libssl3=<version>' (from '$RUNTIME_DEPS') [DF430]
# CHECK-NEXT:RUN apt-get install -y $RUNTIME_DEPS
# CHECK-NEXT:                       ^~~~~~~~~~~~~
# CHECK-NEXT:6 warnings generated.
ARG APT_OPTS="-y --no-install-recommends"
RUN apt-get install $APT_OPTS nano=7.2-1

# OK: pinned, globbed versions, local .deb files, removals, unknown variables.
RUN apt-get install -y curl=7.88.1-10+deb12u5 'libc6=2.36*' libfoo:arm64=1.0
RUN apt-get install -y ./vendor/tool_1.0_amd64.deb /tmp/other.deb
RUN apt-get install -y nano-
RUN for p in a b; do apt-get install -y "$p"; done
RUN apt-get install -y $(cat /tmp/packages.txt)
RUN apt-get install -y "${PINNED:-curl=7.88.1-10}"
RUN apt-get -o APT::Install-Recommends=0 install -y -q=1 tzdata=2024a-0+deb12u1
RUN apt-get remove -y curl && apt-get purge -y wget && apt-get source hello
RUN apt-cache policy curl && aptitude install curl
RUN sh -c "apt-get install -y wget"
RUN ["apt-get", "install", "-y", "wget"]
