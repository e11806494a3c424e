# DF442 dnf-without-yes: dnf, dnf5 and tdnf commands (microdnf never asks) that change packages without -y /
# --assumeyes / an assumeyes setting / 'yes |'. The safe fix inserts ' -y' after the subcommand.
# RUN: %expect_exit 1 %dlint --color=never --select=DF442 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF442]'

FROM fedora:40
RUN dnf install httpd
# CHECK:{{.*}}DF442.dockerfile:[[@LINE-1]]:9: warning: 'dnf install' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF442]
# CHECK-NEXT:RUN dnf install httpd
# CHECK-NEXT:        ^~~~~~~
# CHECK-NEXT:                -y
RUN dnf update \
    && tdnf install \
        shadow-utils
# CHECK:{{.*}}DF442.dockerfile:[[@LINE-3]]:9: warning: 'dnf update' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF442]
# CHECK-NEXT:RUN dnf update \
# CHECK-NEXT:        ^~~~~~
# CHECK-NEXT:               -y
# CHECK:{{.*}}DF442.dockerfile:[[@LINE-6]]:13: warning: 'tdnf install' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF442]
# CHECK-NEXT:    && tdnf install \
# CHECK-NEXT:            ^~~~~~~
# CHECK-NEXT:                    -y
RUN tdnf remove vim && dnf5 upgrade && dnf --setopt=install_weak_deps=False install git
# CHECK:{{.*}}DF442.dockerfile:[[@LINE-1]]:10: warning: 'tdnf remove' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF442]
# CHECK-NEXT:RUN tdnf remove vim && dnf5 upgrade && dnf --setopt=install_weak_deps=False install git
# CHECK-NEXT:         ^~~~~~
# CHECK-NEXT:                -y
# CHECK:{{.*}}DF442.dockerfile:[[@LINE-5]]:29: warning: 'dnf5 upgrade' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF442]
# CHECK-NEXT:RUN tdnf remove vim && dnf5 upgrade && dnf --setopt=install_weak_deps=False install git
# CHECK-NEXT:                            ^~~~~~~
# CHECK-NEXT:                                    -y
# CHECK:{{.*}}DF442.dockerfile:[[@LINE-9]]:77: warning: 'dnf install' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF442]
# CHECK-NEXT:RUN tdnf remove vim && dnf5 upgrade && dnf --setopt=install_weak_deps=False install git
# CHECK-NEXT:                                                                            ^~~~~~~
# CHECK-NEXT:                                                                                    -y
RUN dnf distro-sync && dnf autoremove
# CHECK:{{.*}}DF442.dockerfile:[[@LINE-1]]:9: warning: 'dnf distro-sync' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF442]
# CHECK-NEXT:RUN dnf distro-sync && dnf autoremove
# CHECK-NEXT:        ^~~~~~~~~~~
# CHECK-NEXT:                    -y
# CHECK:{{.*}}DF442.dockerfile:[[@LINE-5]]:28: warning: 'dnf autoremove' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF442]
# CHECK-NEXT:RUN dnf distro-sync && dnf autoremove
# CHECK-NEXT:                           ^~~~~~~~~~
# CHECK-NEXT:                                      -y
# CHECK-NEXT:8 warnings generated.

# OK: -y, --assumeyes, combined flags, the config, yes in a pipe, commands that do not ask.
RUN dnf install -y httpd && dnf -y install git && microdnf install --assumeyes tar && tdnf -qy install make
RUN dnf install --setopt=assumeyes=True patch && yes | dnf install less
RUN dnf clean all && dnf makecache && dnf module enable -y nodejs:20 && dnf repolist
RUN yum install httpd
RUN microdnf install tar gzip && microdnf update

FROM fedora:40 AS configured
RUN echo "assumeyes=True" >> /etc/dnf/dnf.conf
RUN dnf install tar

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF442 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF442.dockerfile":{6:16-6:16}:" -y"
# FIXIT: fix-it:"{{.*}}DF442.dockerfile":{11:15-11:15}:" -y"
# FIXIT: fix-it:"{{.*}}DF442.dockerfile":{12:20-12:20}:" -y"
# FIXIT: fix-it:"{{.*}}DF442.dockerfile":{22:16-22:16}:" -y"
# FIXIT: fix-it:"{{.*}}DF442.dockerfile":{22:36-22:36}:" -y"
# FIXIT: fix-it:"{{.*}}DF442.dockerfile":{22:84-22:84}:" -y"
# FIXIT: fix-it:"{{.*}}DF442.dockerfile":{35:20-35:20}:" -y"
# FIXIT: fix-it:"{{.*}}DF442.dockerfile":{35:38-35:38}:" -y"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF442 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 8 findings in 1 file
# A second run changes nothing.
# RUN: %expect_exit 0 %dlint --color=never --select=DF442 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN
# AGAIN: fixed 0 findings in 0 files
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}RUN dnf install -y httpd{{$}}
# TEXT: {{^}}RUN dnf update -y \{{$}}
# TEXT: {{^}}    && tdnf install -y \{{$}}
