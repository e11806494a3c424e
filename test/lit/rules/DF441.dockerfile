# DF441 yum-without-yes: yum commands that change packages without -y / --assumeyes / an assumeyes
# setting / 'yes |'. The caret is on the subcommand; the safe fix inserts ' -y' after it.
# RUN: %expect_exit 1 %dlint --color=never --select=DF441 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF441]'

FROM centos:7
RUN yum install httpd
# CHECK:{{.*}}DF441.dockerfile:[[@LINE-1]]:9: warning: 'yum install' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF441]
# CHECK-NEXT:RUN yum install httpd
# CHECK-NEXT:        ^~~~~~~
# CHECK-NEXT:                -y
RUN yum update \
    && yum remove \
        nano
# CHECK:{{.*}}DF441.dockerfile:[[@LINE-3]]:9: warning: 'yum update' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF441]
# CHECK-NEXT:RUN yum update \
# CHECK-NEXT:        ^~~~~~
# CHECK-NEXT:               -y
# CHECK:{{.*}}DF441.dockerfile:[[@LINE-6]]:12: warning: 'yum remove' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF441]
# CHECK-NEXT:    && yum remove \
# CHECK-NEXT:           ^~~~~~
# CHECK-NEXT:                  -y
RUN sudo yum --setopt=tsflags=nodocs groupinstall "Development Tools"
# CHECK:{{.*}}DF441.dockerfile:[[@LINE-1]]:38: warning: 'yum groupinstall' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF441]
# CHECK-NEXT:RUN sudo yum --setopt=tsflags=nodocs groupinstall "Development Tools"
# CHECK-NEXT:                                     ^~~~~~~~~~~~
# CHECK-NEXT:                                                  -y
RUN yum localinstall /tmp/x.rpm && yum reinstall bash && yum erase vim
# CHECK:{{.*}}DF441.dockerfile:[[@LINE-1]]:9: warning: 'yum localinstall' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF441]
# CHECK-NEXT:RUN yum localinstall /tmp/x.rpm && yum reinstall bash && yum erase vim
# CHECK-NEXT:        ^~~~~~~~~~~~
# CHECK-NEXT:                     -y
# CHECK:{{.*}}DF441.dockerfile:[[@LINE-5]]:40: warning: 'yum reinstall' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF441]
# CHECK-NEXT:RUN yum localinstall /tmp/x.rpm && yum reinstall bash && yum erase vim
# CHECK-NEXT:                                       ^~~~~~~~~
# CHECK-NEXT:                                                 -y
# CHECK:{{.*}}DF441.dockerfile:[[@LINE-9]]:62: warning: 'yum erase' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF441]
# CHECK-NEXT:RUN yum localinstall /tmp/x.rpm && yum reinstall bash && yum erase vim
# CHECK-NEXT:                                                             ^~~~~
# CHECK-NEXT:                                                                   -y
# CHECK-NEXT:7 warnings generated.

# OK: -y, --assumeyes, combined flags, the config file, yes in a pipe, read-only commands.
RUN yum install -y httpd && yum -y install git && yum install --assumeyes vim && yum -qy install make
RUN yum install --setopt=assumeyes=1 patch && yes | yum install less
RUN yum clean all && yum makecache && yum list installed && yum info bash
RUN dnf install httpd

FROM centos:7 AS configured
RUN echo "assumeyes=1" >> /etc/yum.conf
RUN yum install tar

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF441 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF441.dockerfile":{6:16-6:16}:" -y"
# FIXIT: fix-it:"{{.*}}DF441.dockerfile":{11:15-11:15}:" -y"
# FIXIT: fix-it:"{{.*}}DF441.dockerfile":{12:18-12:18}:" -y"
# FIXIT: fix-it:"{{.*}}DF441.dockerfile":{22:50-22:50}:" -y"
# FIXIT: fix-it:"{{.*}}DF441.dockerfile":{27:21-27:21}:" -y"
# FIXIT: fix-it:"{{.*}}DF441.dockerfile":{27:49-27:49}:" -y"
# FIXIT: fix-it:"{{.*}}DF441.dockerfile":{27:67-27:67}:" -y"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF441 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 7 findings in 1 file
# A second run changes nothing.
# RUN: %expect_exit 0 %dlint --color=never --select=DF441 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN
# AGAIN: fixed 0 findings in 0 files
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}RUN yum install -y httpd{{$}}
# TEXT: {{^}}RUN yum update -y \{{$}}
# TEXT: {{^}}    && yum remove -y \{{$}}
