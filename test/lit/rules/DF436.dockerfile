# DF436 dnf-package-not-pinned: as DF435, for dnf, dnf5, microdnf and tdnf.
# Files, URLs, @groups, @module:streams and capabilities are not checked; yum is DF435.
# RUN: %expect_exit 1 %dlint --color=never --select=DF436 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF436]'

FROM fedora:40
RUN dnf install -y httpd mod_ssl-2.4.59-2.fc40
# CHECK:{{.*}}DF436.dockerfile:[[@LINE-1]]:20: warning: 'httpd' is not pinned to a version: write 'httpd-<version>' [DF436]
# CHECK-NEXT:RUN dnf install -y httpd mod_ssl-2.4.59-2.fc40
# CHECK-NEXT:                   ^~~~~
RUN microdnf install -y \
      shadow-utils \
      tar-1.35
# CHECK:{{.*}}DF436.dockerfile:[[@LINE-2]]:7: warning: 'shadow-utils' is not pinned to a version: write 'shadow-utils-<version>' [DF436]
# CHECK-NEXT:      shadow-utils \
# CHECK-NEXT:      ^~~~~~~~~~~~
RUN tdnf install -y curl && dnf5 install -y git
# CHECK:{{.*}}DF436.dockerfile:[[@LINE-1]]:21: warning: 'curl' is not pinned to a version: write 'curl-<version>' [DF436]
# CHECK-NEXT:RUN tdnf install -y curl && dnf5 install -y git
# CHECK-NEXT:                    ^~~~
# CHECK:{{.*}}DF436.dockerfile:[[@LINE-4]]:45: warning: 'git' is not pinned to a version: write 'git-<version>' [DF436]
# CHECK-NEXT:RUN tdnf install -y curl && dnf5 install -y git
# CHECK-NEXT:                                            ^~~
RUN dnf -y --setopt=install_weak_deps=False install 'dnf-command(config-manager)' findutils
# CHECK:{{.*}}DF436.dockerfile:[[@LINE-1]]:83: warning: 'findutils' is not pinned to a version: write 'findutils-<version>' [DF436]
# CHECK-NEXT:RUN dnf -y --setopt=install_weak_deps=False install 'dnf-command(config-manager)' findutils
# CHECK-NEXT:                                                                                  ^~~~~~~~~

ARG DEPS="gcc make-4.4.1"
RUN dnf install -y $DEPS
# CHECK:{{.*}}DF436.dockerfile:[[@LINE-1]]:20: warning: 'gcc' is not pinned to a version: write 'gcc-<version>' (from '$DEPS') [DF436]
# CHECK-NEXT:RUN dnf install -y $DEPS
# CHECK-NEXT:                   ^~~~~
# CHECK-NEXT:6 warnings generated.

# OK: versions, files, groups and modules, capabilities.
RUN dnf install -y nginx-1.24.0 openssl-1:3.2.1-2.fc40 'kernel-devel-6.8*'
RUN dnf install -y /tmp/pkg-1.0.rpm https://example.org/x.rpm @development-tools @nodejs:20/common
RUN dnf remove -y httpd && dnf upgrade -y && dnf clean all && dnf module enable -y nodejs:20
RUN yum install -y httpd
RUN dnf install -y "$PKG"
