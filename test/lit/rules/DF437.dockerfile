# DF437 zypper-package-not-pinned: every package 'zypper install' / 'zypper in' names without a
# version operator (=, <, >, <=, >=). Files, URLs, patterns, patches and '-t' types are not checked.
# RUN: %expect_exit 1 %dlint --color=never --select=DF437 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF437]'

FROM opensuse/leap:15.6
RUN zypper --non-interactive install curl 'git>=2.43'
# CHECK:{{.*}}DF437.dockerfile:[[@LINE-1]]:38: warning: 'curl' is not pinned to a version: write 'curl=<version>' [DF437]
# CHECK-NEXT:RUN zypper --non-interactive install curl 'git>=2.43'
# CHECK-NEXT:                                     ^~~~
RUN zypper -n in \
      vim \
      tar=1.34
# CHECK:{{.*}}DF437.dockerfile:[[@LINE-2]]:7: warning: 'vim' is not pinned to a version: write 'vim=<version>' [DF437]
# CHECK-NEXT:      vim \
# CHECK-NEXT:      ^~~
RUN zypper -n install -y --no-recommends package:gzip
# CHECK:{{.*}}DF437.dockerfile:[[@LINE-1]]:42: warning: 'package:gzip' is not pinned to a version: write 'package:gzip=<version>' [DF437]
# CHECK-NEXT:RUN zypper -n install -y --no-recommends package:gzip
# CHECK-NEXT:                                         ^~~~~~~~~~~~

ARG DEPS="gcc make=4.2.1"
RUN zypper -n install $DEPS
# CHECK:{{.*}}DF437.dockerfile:[[@LINE-1]]:23: warning: 'gcc' is not pinned to a version: write 'gcc=<version>' (from '$DEPS') [DF437]
# CHECK-NEXT:RUN zypper -n install $DEPS
# CHECK-NEXT:                      ^~~~~
# CHECK-NEXT:4 warnings generated.

# OK: version operators, rpm files, URLs, patterns and patches.
RUN zypper -n install 'bash=4.4' 'zlib<2' 'openssl>1' 'xz<=5.4'
RUN zypper -n install /tmp/pkg-1.0.rpm https://example.org/x.rpm
RUN zypper -n install -t pattern devel_basis && zypper -n in --type=patch SUSE-2024-1 pattern:base
RUN zypper -n remove vim && zypper -n update && zypper -n dup && zypper clean -a
RUN zypper -n install "$PKG"
