# DF444 apt-instead-of-apt-get: a command runs 'apt'. The caret is on the 'apt' word; the fix
# replaces it with 'apt-get' (safe for update/remove/clean..., unsafe for commands that download:
# apt deletes downloaded .debs) or 'apt-cache' (safe for policy/depends, unsafe for search/show: output differs).
# RUN: %expect_exit 0 %dlint --color=never --select=DF444 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF444]'

FROM ubuntu:24.04
RUN apt update && apt install -y curl
# CHECK:{{.*}}DF444.dockerfile:[[@LINE-1]]:5: info: 'apt update' in a script: use 'apt-get', whose command line is stable [DF444]
# CHECK-NEXT:RUN apt update && apt install -y curl
# CHECK-NEXT:    ^~~
# CHECK-NEXT:    apt-get
# CHECK:{{.*}}DF444.dockerfile:[[@LINE-5]]:19: info: 'apt install' in a script: use 'apt-get', whose command line is stable [DF444]
# CHECK-NEXT:RUN apt update && apt install -y curl
# CHECK-NEXT:                  ^~~
# CHECK-NEXT:                  apt-get
RUN apt-get update \
    && apt full-upgrade -y \
    && apt remove -y nano
# CHECK:{{.*}}DF444.dockerfile:[[@LINE-2]]:8: info: 'apt full-upgrade' in a script: use 'apt-get dist-upgrade', whose command line is stable [DF444]
# CHECK-NEXT:    && apt full-upgrade -y \
# CHECK-NEXT:       ^~~
# CHECK:{{.*}}DF444.dockerfile:[[@LINE-4]]:8: info: 'apt remove' in a script: use 'apt-get', whose command line is stable [DF444]
# CHECK-NEXT:    && apt remove -y nano
# CHECK-NEXT:       ^~~
# CHECK-NEXT:       apt-get
RUN sudo apt search vim && apt list --installed && /usr/bin/apt autoremove -y
# CHECK:{{.*}}DF444.dockerfile:[[@LINE-1]]:10: info: 'apt search' in a script: use 'apt-cache', whose command line is stable [DF444]
# CHECK-NEXT:RUN sudo apt search vim && apt list --installed && /usr/bin/apt autoremove -y
# CHECK-NEXT:         ^~~
# CHECK-NEXT:         apt-cache
# CHECK:{{.*}}DF444.dockerfile:[[@LINE-5]]:28: info: 'apt list' in a script: use 'dpkg-query -W' (installed packages) or 'apt-cache policy' (available versions), whose command lines are stable [DF444]
# CHECK-NEXT:RUN sudo apt search vim && apt list --installed && /usr/bin/apt autoremove -y
# CHECK-NEXT:                           ^~~
# CHECK:{{.*}}DF444.dockerfile:[[@LINE-8]]:52: info: 'apt autoremove' in a script: use 'apt-get', whose command line is stable [DF444]
# CHECK-NEXT:RUN sudo apt search vim && apt list --installed && /usr/bin/apt autoremove -y
# CHECK-NEXT:                                                   ^~~~~~~~~~~~
RUN apt show bash
# CHECK:{{.*}}DF444.dockerfile:[[@LINE-1]]:5: info: 'apt show' in a script: use 'apt-cache', whose command line is stable [DF444]
# CHECK-NEXT:RUN apt show bash
# CHECK-NEXT:    ^~~
# CHECK-NEXT:    apt-cache

# OK: apt-get, apt-cache, apt-key, apt-mark, apt as an argument.
RUN apt-get update && apt-get install -y jq && apt-cache policy jq && apt-mark hold jq
RUN echo apt install && dpkg -l apt && ls /etc/apt
RUN sh -c "apt install -y wget"
# CHECK:8 diagnostics generated.

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 0 %dlint --color=never --select=DF444 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF444.dockerfile":{7:5-7:8}:"apt-get"
# FIXIT: fix-it:"{{.*}}DF444.dockerfile":{7:19-7:22}:"apt-get"
# FIXIT: fix-it:"{{.*}}DF444.dockerfile":{18:8-18:11}:"apt-get"
# FIXIT: fix-it:"{{.*}}DF444.dockerfile":{26:10-26:13}:"apt-cache"
# FIXIT: fix-it:"{{.*}}DF444.dockerfile":{37:5-37:8}:"apt-cache"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF444 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 2 findings in 1 file
# A second run changes nothing.
# RUN: %expect_exit 0 %dlint --color=never --select=DF444 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN
# AGAIN: fixed 0 findings in 0 files
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}RUN apt-get update && apt install -y curl{{$}}
# TEXT: {{^}}    && apt-get remove -y nano{{$}}
# Not by the safe fixes: 'apt-cache search' and 'apt-cache show' print another format.
# TEXT: {{^}}RUN sudo apt search vim && apt list --installed && /usr/bin/apt autoremove -y{{$}}
# TEXT: {{^}}RUN apt show bash{{$}}
