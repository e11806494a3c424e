# DF435 yum-package-not-pinned: every package 'yum install' names without an rpm version
# ('name-<version>[-<release>]': the part after the last dash starts with a digit). Files, URLs,
# groups, capabilities, groupinstall and localinstall are not checked; dnf is DF436.
# RUN: %expect_exit 1 %dlint --color=never --select=DF435 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF435]'

FROM centos:7
RUN yum install -y httpd mod_ssl-2.4.6-99.el7
# CHECK:{{.*}}DF435.dockerfile:[[@LINE-1]]:20: warning: 'httpd' is not pinned to a version: write 'httpd-<version>' [DF435]
# CHECK-NEXT:RUN yum install -y httpd mod_ssl-2.4.6-99.el7
# CHECK-NEXT:                   ^~~~~
RUN yum install -y \
      java-11-openjdk \
      python3-pip
# CHECK:{{.*}}DF435.dockerfile:[[@LINE-2]]:7: warning: 'java-11-openjdk' is not pinned to a version: write 'java-11-openjdk-<version>' [DF435]
# CHECK-NEXT:      java-11-openjdk \
# CHECK-NEXT:      ^~~~~~~~~~~~~~~
# CHECK:{{.*}}DF435.dockerfile:[[@LINE-4]]:7: warning: 'python3-pip' is not pinned to a version: write 'python3-pip-<version>' [DF435]
# CHECK-NEXT:      python3-pip
# CHECK-NEXT:      ^~~~~~~~~~~
RUN sudo yum -y --setopt=tsflags=nodocs install epel-release
# CHECK:{{.*}}DF435.dockerfile:[[@LINE-1]]:49: warning: 'epel-release' is not pinned to a version: write 'epel-release-<version>' [DF435]
# CHECK-NEXT:RUN sudo yum -y --setopt=tsflags=nodocs install epel-release
# CHECK-NEXT:                                                ^~~~~~~~~~~~

ARG DEPS="gcc make-3.82"
RUN yum install -y $DEPS
# CHECK:{{.*}}DF435.dockerfile:[[@LINE-1]]:20: warning: 'gcc' is not pinned to a version: write 'gcc-<version>' (from '$DEPS') [DF435]
# CHECK-NEXT:RUN yum install -y $DEPS
# CHECK-NEXT:                   ^~~~~
# CHECK-NEXT:5 warnings generated.

# OK: name-version[-release][.arch], epochs, globs, files, URLs, groups, capabilities.
RUN yum install -y nginx-1.20.1 openssl-1:1.0.2k-26.el7_9 'kernel-devel-3.10*' glibc-2.17-326.el7_9.x86_64
RUN yum install -y /tmp/pkg-1.0.rpm https://example.org/x.rpm @development 'perl(JSON)'
RUN yum localinstall -y ./x.rpm && yum groupinstall -y "Development Tools"
RUN yum remove -y httpd && yum update -y && yum clean all
RUN dnf install -y httpd
RUN yum install -y "$PKG"
