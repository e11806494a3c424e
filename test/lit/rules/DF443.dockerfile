# DF443 zypper-without-non-interactive: zypper commands that change packages without the global
# -n / --non-interactive (before the subcommand) or the subcommand's -y / --no-confirm. The caret is
# on the subcommand; the safe fix inserts ' -n' after 'zypper'.
# RUN: %expect_exit 1 %dlint --color=never --select=DF443 %s | FileCheck %s --match-full-lines --strict-whitespace --implicit-check-not='[DF443]'

FROM opensuse/leap:15.6
RUN zypper install curl
# CHECK:{{.*}}DF443.dockerfile:[[@LINE-1]]:12: warning: 'zypper install' without '-n': a confirmation prompt gets no answer in a build and aborts it [DF443]
# CHECK-NEXT:RUN zypper install curl
# CHECK-NEXT:           ^~~~~~~
# CHECK-NEXT:           -n
RUN zypper refresh \
    && zypper in \
        vim
# CHECK:{{.*}}DF443.dockerfile:[[@LINE-2]]:15: warning: 'zypper in' without '-n': a confirmation prompt gets no answer in a build and aborts it [DF443]
# CHECK-NEXT:    && zypper in \
# CHECK-NEXT:              ^~
# CHECK-NEXT:              -n
RUN sudo zypper --gpg-auto-import-keys remove nano && zypper update && zypper dup
# CHECK:{{.*}}DF443.dockerfile:[[@LINE-1]]:40: warning: 'zypper remove' without '-n': a confirmation prompt gets no answer in a build and aborts it [DF443]
# CHECK-NEXT:RUN sudo zypper --gpg-auto-import-keys remove nano && zypper update && zypper dup
# CHECK-NEXT:                                       ^~~~~~
# CHECK-NEXT:                -n
# CHECK:{{.*}}DF443.dockerfile:[[@LINE-5]]:62: warning: 'zypper update' without '-n': a confirmation prompt gets no answer in a build and aborts it [DF443]
# CHECK-NEXT:RUN sudo zypper --gpg-auto-import-keys remove nano && zypper update && zypper dup
# CHECK-NEXT:                                                             ^~~~~~
# CHECK-NEXT:                                                             -n
# CHECK:{{.*}}DF443.dockerfile:[[@LINE-9]]:79: warning: 'zypper dup' without '-n': a confirmation prompt gets no answer in a build and aborts it [DF443]
# CHECK-NEXT:RUN sudo zypper --gpg-auto-import-keys remove nano && zypper update && zypper dup
# CHECK-NEXT:                                                                              ^~~
# CHECK-NEXT:                                                                              -n
RUN zypper install -n curl
# CHECK:{{.*}}DF443.dockerfile:[[@LINE-1]]:12: warning: 'zypper install' without '-n': a confirmation prompt gets no answer in a build and aborts it [DF443]
# CHECK-NEXT:RUN zypper install -n curl
# CHECK-NEXT:           ^~~~~~~
# CHECK-NEXT:           -n
# CHECK-NEXT:6 warnings generated.

# OK: -n / --non-interactive before the subcommand, -y / --no-confirm after it, yes in a pipe.
RUN zypper -n install curl && zypper --non-interactive in vim && zypper -qn install tar
RUN zypper install -y curl && zypper in --no-confirm vim && zypper rm -y nano
RUN yes | zypper install less
RUN zypper refresh && zypper clean -a && zypper search vim && zypper lr

# ---- fix ----------------------------------------------------------------------------------------
# RUN: %expect_exit 1 %dlint --color=never --select=DF443 --parseable-fixits %s | FileCheck %s --check-prefix=FIXIT --implicit-check-not=fix-it:
# FIXIT: fix-it:"{{.*}}DF443.dockerfile":{7:11-7:11}:" -n"
# FIXIT: fix-it:"{{.*}}DF443.dockerfile":{13:14-13:14}:" -n"
# FIXIT: fix-it:"{{.*}}DF443.dockerfile":{19:16-19:16}:" -n"
# FIXIT: fix-it:"{{.*}}DF443.dockerfile":{19:61-19:61}:" -n"
# FIXIT: fix-it:"{{.*}}DF443.dockerfile":{19:78-19:78}:" -n"
# FIXIT: fix-it:"{{.*}}DF443.dockerfile":{32:11-32:11}:" -n"
# RUN: cp %s %t.dockerfile
# RUN: %expect_exit 0 %dlint --color=never --select=DF443 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=FIXED
# FIXED: fixed 6 findings in 1 file
# A second run changes nothing.
# RUN: %expect_exit 0 %dlint --color=never --select=DF443 --fix %t.dockerfile 2>&1 | FileCheck %s --check-prefix=AGAIN
# AGAIN: fixed 0 findings in 0 files
# RUN: FileCheck %s --check-prefix=TEXT --input-file=%t.dockerfile
# TEXT: {{^}}RUN zypper -n install curl{{$}}
# TEXT: {{^}}    && zypper -n in \{{$}}
# TEXT: {{^}}RUN sudo zypper -n --gpg-auto-import-keys remove nano && zypper -n update && zypper -n dup{{$}}
# TEXT: {{^}}RUN zypper -n install -n curl{{$}}
