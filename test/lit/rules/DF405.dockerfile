# DF405 package-cache-not-cleaned: yum, dnf, microdnf, tdnf or zypper installs (or updates,
# upgrades, refreshes metadata) and the same RUN neither cleans the cache ('yum clean all',
# 'zypper clean --all', 'zypper cc') nor removes it, nor mounts a cache on it. On dnf systems
# 'yum' is dnf, so either one's clean counts for both. The caret is on the first such
# subcommand of each tool family. Only stages whose layers ship are checked.
# RUN: %expect_exit 1 %dlint --color=never --select=DF405 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF405]'

# OK: a builder stage that is only copied from does not ship its layers.
FROM fedora:40 AS build
RUN dnf install -y gcc make

FROM registry.access.redhat.com/ubi9/ubi AS app
COPY --from=build /usr/bin/make /usr/local/bin/

RUN yum install -y httpd
# CHECK:{{.*}}DF405.dockerfile:[[@LINE-1]]:9: warning: 'yum install' without 'yum clean all' in the same RUN [DF405]
# CHECK-NEXT:RUN yum install -y httpd
# CHECK-NEXT:        ^~~~~~~
# CHECK-NEXT:                         && yum clean all
# CHECK-NEXT:note: end the RUN with '&& yum clean all', or mount a cache on /var/cache/yum

# On the fourth line of a continued RUN; yum and dnf share one cache, so one finding.
RUN set -eux; \
    curl -fsSLo /etc/yum.repos.d/example.repo https://rpm.example.com/example.repo; \
    rpm --import https://rpm.example.com/key.asc; \
    dnf -y --setopt=install_weak_deps=False install \
        example-agent; \
    yum install -y example-tools
# CHECK:{{.*}}DF405.dockerfile:[[@LINE-3]]:45: warning: 'dnf install' without 'dnf clean all' in the same RUN [DF405]
# CHECK-NEXT:    dnf -y --setopt=install_weak_deps=False install \
# CHECK-NEXT:                                            ^~~~~~~
# CHECK-NEXT:note: end the RUN with '&& dnf clean all', or mount a cache on /var/cache/dnf

# microdnf, tdnf and zypper; sudo; a here-document; cleaning in a later RUN is too late.
RUN microdnf install -y shadow-utils
RUN sudo tdnf install -y ca-certificates
RUN zypper --non-interactive in curl
RUN <<EOF
set -eux
dnf upgrade -y --refresh
EOF
RUN yum makecache
RUN yum clean all
# CHECK:{{.*}}DF405.dockerfile:[[@LINE-9]]:14: warning: 'microdnf install' without 'microdnf clean all' in the same RUN [DF405]
# CHECK-NEXT:RUN microdnf install -y shadow-utils
# CHECK-NEXT:             ^~~~~~~
# CHECK-NEXT:                                     && microdnf clean all
# CHECK-NEXT:note: end the RUN with '&& microdnf clean all', or mount a cache on /var/cache/yum
# CHECK:{{.*}}DF405.dockerfile:[[@LINE-13]]:15: warning: 'tdnf install' without 'tdnf clean all' in the same RUN [DF405]
# CHECK-NEXT:RUN sudo tdnf install -y ca-certificates
# CHECK-NEXT:              ^~~~~~~
# CHECK-NEXT:                                         && tdnf clean all
# CHECK-NEXT:note: end the RUN with '&& tdnf clean all', or mount a cache on /var/cache/tdnf
# CHECK:{{.*}}DF405.dockerfile:[[@LINE-17]]:30: warning: 'zypper in' without 'zypper clean --all' in the same RUN [DF405]
# CHECK-NEXT:RUN zypper --non-interactive in curl
# CHECK-NEXT:                             ^~
# CHECK-NEXT:                                     && zypper clean --all
# CHECK-NEXT:note: end the RUN with '&& zypper clean --all', or mount a cache on /var/cache/zypp
# CHECK:{{.*}}DF405.dockerfile:[[@LINE-19]]:5: warning: 'dnf upgrade' without 'dnf clean all' in the same RUN [DF405]
# CHECK-NEXT:dnf upgrade -y --refresh
# CHECK-NEXT:    ^~~~~~~
# CHECK-NEXT:note: end the RUN with '&& dnf clean all', or mount a cache on /var/cache/dnf
# CHECK:{{.*}}DF405.dockerfile:[[@LINE-21]]:9: warning: 'yum makecache' without 'yum clean all' in the same RUN [DF405]
# CHECK-NEXT:RUN yum makecache
# CHECK-NEXT:        ^~~~~~~~~
# CHECK-NEXT:                  && yum clean all
# CHECK-NEXT:note: end the RUN with '&& yum clean all', or mount a cache on /var/cache/yum

# OK: the cache is cleaned or removed in the same RUN.
RUN yum install -y git && yum clean all
RUN dnf install -y jq && dnf clean all
RUN yum install -y less && dnf clean all
RUN microdnf install -y tar && microdnf clean all
RUN tdnf install -y gzip && tdnf clean all
RUN zypper -n install xz && zypper clean --all
RUN zypper -n in unzip && zypper cc -a
RUN yum install -y file && rm -rf /var/cache/yum
RUN dnf install -y zstd && rm -rf /var/cache/dnf/*
RUN zypper -n in patch && rm -rf /var/cache/zypp/*

# OK: a cache or tmpfs mount on the cache keeps it out of the layer.
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y rsync
RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y wget
RUN --mount=type=tmpfs,target=/var/cache/yum yum install -y bzip2

# OK (current behaviour): commands inside a `bash -c` string are not parsed.
RUN bash -c "dnf install -y vim"

# OK: exec form runs no shell; dlint does not model it.
RUN ["dnf", "install", "-y", "nano"]

# OK: a PowerShell stage is not sh, and a stage built FROM it inherits its SHELL.
FROM app AS pwsh
SHELL ["pwsh", "-Command"]
RUN dnf install -y procps-ng
FROM pwsh
RUN yum install -y which
# CHECK:7 warnings generated.

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF405 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF405.dockerfile":{15:25-15:25}:" && yum clean all"
# FIXIT: fix-it:"{{.*}}DF405.dockerfile":{28:33-28:33}:" && dnf clean all"
# FIXIT: fix-it:"{{.*}}DF405.dockerfile":{35:37-35:37}:" && microdnf clean all"
# FIXIT: fix-it:"{{.*}}DF405.dockerfile":{36:41-36:41}:" && tdnf clean all"
# FIXIT: fix-it:"{{.*}}DF405.dockerfile":{37:37-37:37}:" && zypper clean --all"
# FIXIT: fix-it:"{{.*}}DF405.dockerfile":{42:18-42:18}:" && yum clean all"
# RUN: cp %s %t.dockerfile
# The fix is unsafe: --fix alone leaves the file as it is.
# RUN: %expect_exit 1 %dlint --select=DF405 --fix %t.dockerfile > %t.safe 2>&1
# RUN: cmp %s %t.dockerfile
# RUN: %expect_exit 1 %dlint --color=never --select=DF405 --fix --unsafe-fixes %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 6 findings in 1 file
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}RUN yum install -y httpd && yum clean all{{$}}
# TEXT: {{^}}    yum install -y example-tools && dnf clean all{{$}}
# TEXT: {{^}}RUN microdnf install -y shadow-utils && microdnf clean all{{$}}
# TEXT: {{^}}RUN sudo tdnf install -y ca-certificates && tdnf clean all{{$}}
# TEXT: {{^}}RUN zypper --non-interactive in curl && zypper clean --all{{$}}
# TEXT: {{^}}RUN yum makecache && yum clean all{{$}}
# A second --fix changes nothing.
# RUN: %expect_exit 1 %dlint --color=never --select=DF405 --fix --unsafe-fixes %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN
# AGAIN: fixed 0 findings in 0 files
