# DF445 package-upgrade-in-run (opt-in): apt-get/apt upgrade, dist-upgrade, full-upgrade; apk
# upgrade; yum/dnf/microdnf update, upgrade, distro-sync; zypper update, dup, patch. The caret is on
# the subcommand. Index refreshes and single-package '--only-upgrade' are fine.
# RUN: %expect_exit 0 %dlint --color=never --select=DF445 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF445]'
# Opt-in: a prefix selection does not turn it on; its exact code, name or an alias does.
# RUN: %expect_exit 0 %dlint --color=never --select=DF44 %s | FileCheck %s --check-prefix=DEFAULT --implicit-check-not='[DF445]'
# DEFAULT: {{.*}} [DF444]
# DEFAULT: 1 diagnostic generated.
# RUN: %expect_exit 0 %dlint --color=never --select=package-upgrade-in-run %s | FileCheck %s --check-prefix=BYNAME
# BYNAME: 12 diagnostics generated.

FROM debian:12
RUN apt-get update && apt-get upgrade -y
# CHECK:{{.*}}DF445.dockerfile:[[@LINE-1]]:31: info: 'apt-get upgrade' upgrades the base image's packages in the build: rebuild on a newer base image instead [DF445]
# CHECK-NEXT:RUN apt-get update && apt-get upgrade -y
# CHECK-NEXT:                              ^~~~~~~
RUN apt-get update \
    && apt-get -y dist-upgrade \
    && apt full-upgrade -y
# CHECK:{{.*}}DF445.dockerfile:[[@LINE-2]]:19: info: 'apt-get dist-upgrade' upgrades the base image's packages in the build: rebuild on a newer base image instead [DF445]
# CHECK-NEXT:    && apt-get -y dist-upgrade \
# CHECK-NEXT:                  ^~~~~~~~~~~~
# CHECK:{{.*}}DF445.dockerfile:[[@LINE-4]]:12: info: 'apt full-upgrade' upgrades the base image's packages in the build: rebuild on a newer base image instead [DF445]
# CHECK-NEXT:    && apt full-upgrade -y
# CHECK-NEXT:           ^~~~~~~~~~~~
FROM alpine:3.20
RUN apk update && apk upgrade --no-cache
# CHECK:{{.*}}DF445.dockerfile:[[@LINE-1]]:23: info: 'apk upgrade' upgrades the base image's packages in the build: rebuild on a newer base image instead [DF445]
# CHECK-NEXT:RUN apk update && apk upgrade --no-cache
# CHECK-NEXT:                      ^~~~~~~
FROM fedora:40
RUN dnf -y upgrade && yum -y update && microdnf update -y && dnf distro-sync -y
# CHECK:{{.*}}DF445.dockerfile:[[@LINE-1]]:12: info: 'dnf upgrade' upgrades the base image's packages in the build: rebuild on a newer base image instead [DF445]
# CHECK-NEXT:RUN dnf -y upgrade && yum -y update && microdnf update -y && dnf distro-sync -y
# CHECK-NEXT:           ^~~~~~~
# CHECK:{{.*}}DF445.dockerfile:[[@LINE-4]]:30: info: 'yum update' upgrades the base image's packages in the build: rebuild on a newer base image instead [DF445]
# CHECK-NEXT:RUN dnf -y upgrade && yum -y update && microdnf update -y && dnf distro-sync -y
# CHECK-NEXT:                             ^~~~~~
# CHECK:{{.*}}DF445.dockerfile:[[@LINE-7]]:49: info: 'microdnf update' upgrades the base image's packages in the build: rebuild on a newer base image instead [DF445]
# CHECK-NEXT:RUN dnf -y upgrade && yum -y update && microdnf update -y && dnf distro-sync -y
# CHECK-NEXT:                                                ^~~~~~
# CHECK:{{.*}}DF445.dockerfile:[[@LINE-10]]:66: info: 'dnf distro-sync' upgrades the base image's packages in the build: rebuild on a newer base image instead [DF445]
# CHECK-NEXT:RUN dnf -y upgrade && yum -y update && microdnf update -y && dnf distro-sync -y
# CHECK-NEXT:                                                                 ^~~~~~~~~~~
FROM opensuse/leap:15.6
RUN zypper -n update && zypper -n dist-upgrade && zypper -n dup && zypper -n patch
# CHECK:{{.*}}DF445.dockerfile:[[@LINE-1]]:15: info: 'zypper update' upgrades the base image's packages in the build: rebuild on a newer base image instead [DF445]
# CHECK-NEXT:RUN zypper -n update && zypper -n dist-upgrade && zypper -n dup && zypper -n patch
# CHECK-NEXT:              ^~~~~~
# CHECK:{{.*}}DF445.dockerfile:[[@LINE-4]]:35: info: 'zypper dist-upgrade' upgrades the base image's packages in the build: rebuild on a newer base image instead [DF445]
# CHECK-NEXT:RUN zypper -n update && zypper -n dist-upgrade && zypper -n dup && zypper -n patch
# CHECK-NEXT:                                  ^~~~~~~~~~~~
# CHECK:{{.*}}DF445.dockerfile:[[@LINE-7]]:61: info: 'zypper dup' upgrades the base image's packages in the build: rebuild on a newer base image instead [DF445]
# CHECK-NEXT:RUN zypper -n update && zypper -n dist-upgrade && zypper -n dup && zypper -n patch
# CHECK-NEXT:                                                            ^~~
# CHECK:{{.*}}DF445.dockerfile:[[@LINE-10]]:78: info: 'zypper patch' upgrades the base image's packages in the build: rebuild on a newer base image instead [DF445]
# CHECK-NEXT:RUN zypper -n update && zypper -n dist-upgrade && zypper -n dup && zypper -n patch
# CHECK-NEXT:                                                                             ^~~~~

# OK: index refreshes and installs.
FROM debian:12
RUN apt-get update && apt-get install -y --only-upgrade curl && apk update && zypper refresh
RUN yum makecache && dnf check-update; pip install --upgrade pip
# CHECK:12 diagnostics generated.
