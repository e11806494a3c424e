# DF440 apt-get-without-yes: apt-get / apt commands that change packages without an answer to the
# confirmation prompt (-y, --yes, --assume-yes, -qq, Assume-Yes config, 'yes |'). DEBIAN_FRONTEND does
# not answer it. The caret is on the subcommand; the safe fix inserts ' -y' after it.
# RUN: %expect_exit 1 %dlint --color=never --select=DF440 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF440]'

FROM debian:12
RUN apt-get update && apt-get install --no-install-recommends curl
# CHECK:{{.*}}DF440.dockerfile:[[@LINE-1]]:31: warning: 'apt-get install' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF440]
# CHECK-NEXT:RUN apt-get update && apt-get install --no-install-recommends curl
# CHECK-NEXT:                              ^~~~~~~
# CHECK-NEXT:                                      -y
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install \
        ca-certificates
# CHECK:{{.*}}DF440.dockerfile:[[@LINE-2]]:47: warning: 'apt-get install' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF440]
# CHECK-NEXT:    && DEBIAN_FRONTEND=noninteractive apt-get install \
# CHECK-NEXT:                                              ^~~~~~~
# CHECK-NEXT:                                                      -y
RUN apt install vim && apt-get remove nano && apt-get purge wget
# CHECK:{{.*}}DF440.dockerfile:[[@LINE-1]]:9: warning: 'apt install' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF440]
# CHECK-NEXT:RUN apt install vim && apt-get remove nano && apt-get purge wget
# CHECK-NEXT:        ^~~~~~~
# CHECK-NEXT:                -y
# CHECK:{{.*}}DF440.dockerfile:[[@LINE-5]]:32: warning: 'apt-get remove' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF440]
# CHECK-NEXT:RUN apt install vim && apt-get remove nano && apt-get purge wget
# CHECK-NEXT:                               ^~~~~~
# CHECK-NEXT:                                      -y
# CHECK:{{.*}}DF440.dockerfile:[[@LINE-9]]:55: warning: 'apt-get purge' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF440]
# CHECK-NEXT:RUN apt install vim && apt-get remove nano && apt-get purge wget
# CHECK-NEXT:                                                      ^~~~~
# CHECK-NEXT:                                                            -y
RUN apt-get upgrade && apt-get dist-upgrade && apt-get autoremove
# CHECK:{{.*}}DF440.dockerfile:[[@LINE-1]]:13: warning: 'apt-get upgrade' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF440]
# CHECK-NEXT:RUN apt-get upgrade && apt-get dist-upgrade && apt-get autoremove
# CHECK-NEXT:            ^~~~~~~
# CHECK-NEXT:                    -y
# CHECK:{{.*}}DF440.dockerfile:[[@LINE-5]]:32: warning: 'apt-get dist-upgrade' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF440]
# CHECK-NEXT:RUN apt-get upgrade && apt-get dist-upgrade && apt-get autoremove
# CHECK-NEXT:                               ^~~~~~~~~~~~
# CHECK-NEXT:                                            -y
# CHECK:{{.*}}DF440.dockerfile:[[@LINE-9]]:56: warning: 'apt-get autoremove' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF440]
# CHECK-NEXT:RUN apt-get upgrade && apt-get dist-upgrade && apt-get autoremove
# CHECK-NEXT:                                                       ^~~~~~~~~~
# CHECK-NEXT:                                                                  -y
RUN sudo apt-get -o Debug::NoLocking=1 -q install git
# CHECK:{{.*}}DF440.dockerfile:[[@LINE-1]]:43: warning: 'apt-get install' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF440]
# CHECK-NEXT:RUN sudo apt-get -o Debug::NoLocking=1 -q install git
# CHECK-NEXT:                                          ^~~~~~~
# CHECK-NEXT:                                                  -y
ARG PKGS="curl jq"
RUN apt-get install $PKGS
# CHECK:{{.*}}DF440.dockerfile:[[@LINE-1]]:13: warning: 'apt-get install' without '-y': a confirmation prompt gets no answer in a build and aborts it [DF440]
# CHECK-NEXT:RUN apt-get install $PKGS
# CHECK-NEXT:            ^~~~~~~
# CHECK-NEXT:                    -y
# CHECK-NEXT:10 warnings generated.

# OK: every way to say yes.
RUN apt-get install -y curl && apt-get install --yes jq && apt-get install --assume-yes=true xz-utils
RUN apt-get -qq install curl && apt-get -q=2 install jq && apt-get install -yqq make && apt-get -qy install gcc
RUN apt-get install -o APT::Get::Assume-Yes=true patch
RUN yes | apt-get install less && echo y | apt-get install file
RUN apt-get update && apt-get clean && apt-get source hello && apt-get download hello
RUN sh -c "apt-get install curl"
# OK: the options may come from a variable: its ARG value, or a value dlint cannot know.
ARG APT_OPTS="-y --no-install-recommends"
RUN apt-get install $APT_OPTS curl && apt-get install "$UNKNOWN_OPTS" jq

FROM debian:12 AS configured
RUN echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90assumeyes
RUN apt-get install procps
FROM configured
RUN apt-get install htop

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF440 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF440.dockerfile":{7:38-7:38}:" -y"
# FIXIT: fix-it:"{{.*}}DF440.dockerfile":{13:54-13:54}:" -y"
# FIXIT: fix-it:"{{.*}}DF440.dockerfile":{19:16-19:16}:" -y"
# FIXIT: fix-it:"{{.*}}DF440.dockerfile":{19:38-19:38}:" -y"
# FIXIT: fix-it:"{{.*}}DF440.dockerfile":{19:60-19:60}:" -y"
# FIXIT: fix-it:"{{.*}}DF440.dockerfile":{32:20-32:20}:" -y"
# FIXIT: fix-it:"{{.*}}DF440.dockerfile":{32:44-32:44}:" -y"
# FIXIT: fix-it:"{{.*}}DF440.dockerfile":{32:66-32:66}:" -y"
# FIXIT: fix-it:"{{.*}}DF440.dockerfile":{45:50-45:50}:" -y"
# FIXIT: fix-it:"{{.*}}DF440.dockerfile":{51:20-51:20}:" -y"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF440 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 10 findings in 1 file
# A second run changes nothing.
# RUN: %expect_exit 0 %dlint --color=never --select=DF440 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN
# AGAIN: fixed 0 findings in 0 files
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}RUN apt-get update && apt-get install -y --no-install-recommends curl{{$}}
# TEXT: {{^}}    && DEBIAN_FRONTEND=noninteractive apt-get install -y \{{$}}
# TEXT: {{^}}RUN apt install -y vim && apt-get remove -y nano && apt-get purge -y wget{{$}}
# TEXT: {{^}}RUN sudo apt-get -o Debug::NoLocking=1 -q install -y git{{$}}
